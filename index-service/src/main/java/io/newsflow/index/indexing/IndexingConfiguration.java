package io.newsflow.index.indexing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/** The shared bulk indexer, built from {@link IndexingProperties} and Spring Boot's {@link ElasticsearchClient}. */
@Configuration(proxyBeanMethods = false)
class IndexingConfiguration {

    @Bean(destroyMethod = "close")
    BulkIndexer bulkIndexer(ElasticsearchClient client, IndexingProperties properties) {
        return new BulkIndexer(client, properties);
    }
}

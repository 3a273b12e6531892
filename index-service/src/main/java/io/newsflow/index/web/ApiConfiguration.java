package io.newsflow.index.web;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.newsflow.index.related.RelatedProperties;
import io.newsflow.index.related.RelatedService;
import io.newsflow.index.schema.IndexSchema;
import io.newsflow.index.search.SearchService;
import io.newsflow.index.trends.BriefingService;
import io.newsflow.index.trends.TrendsService;

/** The query services behind the HTTP API, all reading through the article alias, and the OpenAPI description. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    @Bean
    SearchService searchService(ElasticsearchClient client, IndexSchema schema) {
        return new SearchService(client, schema.writeAlias());
    }

    @Bean
    RelatedService relatedService(ElasticsearchClient client, IndexSchema schema, RelatedProperties properties) {
        return new RelatedService(client, schema.writeAlias(), properties);
    }

    @Bean
    TrendsService trendsService(ElasticsearchClient client, IndexSchema schema) {
        return new TrendsService(client, schema.writeAlias());
    }

    @Bean
    BriefingService briefingService(ElasticsearchClient client, IndexSchema schema) {
        return new BriefingService(client, schema.writeAlias());
    }

    @Bean
    OpenAPI newsflowOpenApi() {
        return new OpenAPI().info(new Info().title("newsflow index-service API").version("v1")
                .description("Search, related coverage, trends and the weekly briefing over tagged news articles."));
    }
}

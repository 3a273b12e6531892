package io.newsflow.cli.related;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;

/** Elasticsearch clients for commands that run outside Spring. */
public final class ElasticsearchClients {

    private ElasticsearchClients() {
    }

    /** A client for {@code url} (e.g. {@code http://127.0.0.1:9200}); close it with {@code client.close()}. */
    public static ElasticsearchClient of(String url) {
        return ElasticsearchClient.of(b -> b.host(url).jsonMapper(new Jackson3JsonpMapper()));
    }
}

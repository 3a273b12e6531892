package io.newsflow.index.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.newsflow.localstack.LocalStack;
import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.model.StrategyTag;
import io.newsflow.model.TaggedArticle;

/** The template, versioned index, alias and migration on the real (minimal) Elasticsearch distribution. */
class IndexSchemaIT {

    private final ElasticsearchClient client = ElasticsearchClient.of(b -> b
            .host(LocalStack.shared().elasticsearchUrl()).jsonMapper(new Jackson3JsonpMapper()));
    private final IndexSchema schema = new IndexSchema(client, "it_schema_" + UUID.randomUUID().toString().substring(0, 8));

    @AfterEach
    void cleanUp() throws Exception {
        schema.deleteAll();
        client.close();
    }

    @Test
    void createsTheFirstVersionBehindTheAliasIdempotently() throws Exception {
        schema.ensureIndex();
        schema.ensureIndex();

        assertThat(schema.currentVersion()).contains(1);
        assertThat(client.indices().getAlias(a -> a.name(schema.writeAlias())).aliases())
                .containsOnlyKeys(schema.indexName(1));
    }

    @Test
    void mappingAcceptsArticlesAndServesEntityAndTagFilters() throws Exception {
        schema.ensureIndex();
        index(article("m-1", "Meta Platforms", "open-to-proprietary"));

        assertThat(count(Fields.ENTITY_NAMES, "meta")).isEqualTo(1);
        assertThat(count("organizations.lc", "meta platforms")).isEqualTo(1);
        assertThat(count(Fields.TAG, "open-to-proprietary")).isEqualTo(1);
        Map<String, ?> mapping = client.indices().getMapping(m -> m.index(schema.writeAlias()))
                .get(schema.indexName(1)).mappings().properties();
        assertThat(mapping.keySet()).contains("title", "published", "persons", "duplicateOf", "canonicalId");
    }

    @Test
    void migrationCopiesEveryArticleAndSwapsTheAlias() throws Exception {
        schema.ensureIndex();
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.WaitFor);
        for (int i = 0; i < 1_203; i++) {
            TaggedArticle a = article("a-" + i, "Org " + (i % 7), "acquisition");
            bulk.operations(op -> op.index(x -> x.index(schema.writeAlias()).id(a.id()).document(schema.toDocument(a))));
        }
        assertThat(client.bulk(bulk.build()).errors()).isFalse();

        IndexMigration.Result result = new IndexMigration(schema).migrate(true);
        schema.refresh();

        assertThat(result).isEqualTo(new IndexMigration.Result(schema.indexName(1), schema.indexName(2), 1_203));
        assertThat(schema.currentVersion()).contains(2);
        assertThat(client.count(c -> c.index(schema.writeAlias())).count()).isEqualTo(1_203);
        assertThat(client.indices().exists(e -> e.index(schema.indexName(1))).value()).isFalse();
        assertThat(count("organizations", "Org 3")).isEqualTo(172);
    }

    @Test
    void refusesAConcreteIndexSquattingOnTheAliasName() throws Exception {
        client.indices().create(c -> c.index(schema.writeAlias()));
        try {
            assertThatThrownBy(schema::ensureIndex).hasMessageContaining("is a concrete index, not an alias");
        } finally {
            client.indices().delete(d -> d.index(schema.writeAlias()));
        }
    }

    private void index(TaggedArticle article) throws Exception {
        client.index(i -> i.index(schema.writeAlias()).id(article.id()).document(schema.toDocument(article))
                .refresh(Refresh.WaitFor));
    }

    private long count(String field, String value) throws Exception {
        return client.count(c -> c.index(schema.writeAlias()).query(q -> q.term(t -> t.field(field).value(value))))
                .count();
    }

    private static TaggedArticle article(String id, String org, String tag) {
        return new TaggedArticle(1, id, "https://x.example/" + id, "Wire", "Title " + id, "Body of " + id,
                Instant.parse("2024-01-01T00:00:00Z"), "en",
                List.of(new Entity(org, EntityType.ORGANIZATION, org.equals("Meta Platforms") ? List.of("Meta")
                        : List.of(), 1)),
                List.of(new StrategyTag(tag, 0.8, List.of())), List.of(), List.of(), null, 5L, Instant.now());
    }
}

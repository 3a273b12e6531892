package io.newsflow.index.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import io.newsflow.model.EventJson;
import io.newsflow.model.TaggedArticle;

/**
 * Moves the alias to a new index version: puts the current template, creates {@code <alias>-v<n+1>}, copies every
 * article into it (documents are rebuilt from their {@link TaggedArticle} fields, so new derived fields are filled),
 * then swaps the alias atomically. The copy runs in this process with search_after and bulk, because the minimal
 * distribution has no reindex module. Writes that land on the old index during the copy are not carried over: stop the
 * indexers (or run the migration again, which copies with external versions and is safe to repeat) before swapping.
 */
public final class IndexMigration {

    private static final int PAGE = 500;

    /** What a migration did: alias moved from one index to the other after copying {@code copied} articles. */
    public record Result(String from, String to, long copied) {
    }

    private final IndexSchema schema;

    public IndexMigration(IndexSchema schema) {
        this.schema = schema;
    }

    /** Migrates to the next version; with {@code deleteOld}, deletes the old index after the swap. */
    public Result migrate(boolean deleteOld) {
        ElasticsearchClient client = schema.client();
        try {
            Integer current = schema.currentVersion().orElse(null);
            if (current == null) {
                schema.ensureIndex();
                int created = schema.currentVersion().orElseThrow();
                return new Result(null, schema.indexName(created), 0);
            }
            String from = schema.indexName(current);
            String to = schema.indexName(current + 1);
            schema.putTemplate();
            schema.createVersion(current + 1, false);
            long copied = copy(client, from, to);
            client.indices().updateAliases(u -> u
                    .actions(a -> a.remove(r -> r.index(from).alias(schema.writeAlias())))
                    .actions(a -> a.add(ad -> ad.index(to).alias(schema.writeAlias()).isWriteIndex(true))));
            if (deleteOld) {
                client.indices().delete(d -> d.index(from));
            }
            return new Result(from, to, copied);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch failed during the migration", e);
        }
    }

    private long copy(ElasticsearchClient client, String from, String to) throws IOException {
        long copied = 0;
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> cursor = after;
            @SuppressWarnings("unchecked")
            SearchResponse<Map<String, Object>> page = client.search(s -> {
                s.index(from).size(PAGE).sort(o -> o.field(f -> f.field(Fields.ID).order(SortOrder.Asc)));
                if (cursor != null) {
                    s.searchAfter(cursor);
                }
                return s;
            }, (Class<Map<String, Object>>) (Class<?>) Map.class);
            List<Hit<Map<String, Object>>> hits = page.hits().hits();
            if (hits.isEmpty()) {
                return copied;
            }
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (Hit<Map<String, Object>> hit : hits) {
                TaggedArticle article = EventJson.mapper().convertValue(hit.source(), TaggedArticle.class);
                bulk.operations(op -> op.index(i -> {
                    i.index(to).id(hit.id()).document(schema.toDocument(article));
                    if (article.version() > 0) {
                        i.version(article.version()).versionType(VersionType.ExternalGte);
                    }
                    return i;
                }));
            }
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                throw new IllegalStateException("copying into " + to + " failed: " + response.items().stream()
                        .filter(item -> item.error() != null).findFirst().map(item -> item.error().reason())
                        .orElse("?"));
            }
            copied += hits.size();
            after = hits.get(hits.size() - 1).sort();
        }
    }
}

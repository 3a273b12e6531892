package io.newsflow.cli.related;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;

import io.newsflow.index.related.RelatedArticle;
import io.newsflow.index.related.RelatedProperties;
import io.newsflow.index.related.RelatedService;
import io.newsflow.index.schema.IndexSchema;
import io.newsflow.model.TaggedArticle;

/**
 * Scores related coverage against gold story threads, exactly as {@code shared/corpus/README.md} defines it: every
 * article is indexed (with the system's own near-duplicate marks); for each non-duplicate article whose thread has at
 * least 3 non-duplicate articles, k = thread size - 1 related articles are asked for, excluding the article's gold
 * near-duplicates; precision is the share of returned articles in the same thread. The plain more_like_this baseline
 * is scored the same way on the same index.
 */
public final class RelatedEvaluation {

    /**
     * One gold article.
     *
     * @param article         the article as the pipeline tagged it (its {@code duplicateOf} is the system's mark)
     * @param thread          gold story thread, or null
     * @param goldDuplicateOf gold id of the original, or null
     */
    public record Case(TaggedArticle article, String thread, String goldDuplicateOf) {
    }

    /**
     * @param precision         mean precision of related coverage
     * @param baselinePrecision mean precision of plain more_like_this
     * @param queries           how many articles were asked about
     */
    public record Result(double precision, double baselinePrecision, int queries) {

        /** {@code related_p_at_k=0.912 related_mlt_baseline=0.700}, as appended to eval's last line. */
        public String line() {
            return String.format(Locale.ROOT, "related_p_at_k=%.3f related_mlt_baseline=%.3f", precision,
                    baselinePrecision);
        }
    }

    private final ElasticsearchClient client;
    private final RelatedProperties properties;

    public RelatedEvaluation(ElasticsearchClient client, RelatedProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    /** Indexes {@code cases} into a throw-away index, scores both rankers, and deletes the index again. */
    public Result evaluate(List<Case> cases) throws IOException {
        IndexSchema schema = new IndexSchema(client, "eval-related-" + UUID.randomUUID().toString().substring(0, 8));
        schema.ensureIndex();
        try {
            index(schema, cases);
            RelatedService service = new RelatedService(client, schema.writeAlias(), properties);
            return score(cases,
                    (c, k) -> service.related(c.article().id(), k, goldDuplicatesOf(cases, c)).orElseThrow().stream()
                            .map(RelatedArticle::id).toList(),
                    (c, k) -> service.moreLikeThisBaseline(c.article().id(), k, goldDuplicatesOf(cases, c))
                            .orElseThrow());
        } finally {
            schema.deleteAll();
        }
    }

    private void index(IndexSchema schema, List<Case> cases) throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.WaitFor);
        for (Case c : cases) {
            bulk.operations(op -> op.index(i -> i.index(schema.writeAlias()).id(c.article().id())
                    .document(schema.toDocument(c.article()))));
        }
        BulkResponse response = client.bulk(bulk.build());
        if (response.errors()) {
            throw new IllegalStateException("indexing the evaluation articles failed: " + response.items().stream()
                    .filter(item -> item.error() != null).findFirst().map(item -> item.error().reason()).orElse("?"));
        }
    }

    static Result score(List<Case> cases, BiFunction<Case, Integer, List<String>> related,
                        BiFunction<Case, Integer, List<String>> baseline) {
        Map<String, String> threadOf = new HashMap<>();
        Map<String, Integer> threadSize = new HashMap<>();
        for (Case c : cases) {
            threadOf.put(c.article().id(), c.thread());
            if (c.thread() != null && c.goldDuplicateOf() == null) {
                threadSize.merge(c.thread(), 1, Integer::sum);
            }
        }
        double sum = 0;
        double baselineSum = 0;
        int queries = 0;
        for (Case c : cases) {
            if (c.goldDuplicateOf() != null || c.thread() == null || threadSize.get(c.thread()) < 3) {
                continue;
            }
            int k = threadSize.get(c.thread()) - 1;
            sum += precision(related.apply(c, k), c.thread(), threadOf);
            baselineSum += precision(baseline.apply(c, k), c.thread(), threadOf);
            queries++;
        }
        return queries == 0 ? new Result(0, 0, 0) : new Result(sum / queries, baselineSum / queries, queries);
    }

    private static double precision(List<String> returned, String thread, Map<String, String> threadOf) {
        if (returned.isEmpty()) {
            return 0;
        }
        long hits = returned.stream().filter(id -> Objects.equals(thread, threadOf.get(id))).count();
        return (double) hits / returned.size();
    }

    private static Set<String> goldDuplicatesOf(List<Case> cases, Case asked) {
        Set<String> duplicates = new HashSet<>();
        for (Case c : cases) {
            if (asked.article().id().equals(c.goldDuplicateOf())) {
                duplicates.add(c.article().id());
            }
        }
        return duplicates;
    }
}

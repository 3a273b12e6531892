package io.newsflow.cli.related;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import io.newsflow.cli.corpus.CorpusArticle;
import io.newsflow.cli.eval.EvalExtension;
import io.newsflow.index.related.RelatedProperties;
import io.newsflow.localstack.LocalStack;
import io.newsflow.localstack.LocalStackConfig;
import io.newsflow.model.TaggedArticle;

/**
 * {@code ./newsflow eval --related}: indexes the tagged gold articles into a real Elasticsearch and scores related
 * coverage against the gold threads ({@link RelatedEvaluation}). Starts a throw-away local stack unless
 * {@code NEWSFLOW_EVAL_ES_URL} names a running Elasticsearch.
 */
public final class RelatedEvalExtension implements EvalExtension {

    @Override
    public String flag() {
        return "--related";
    }

    @Override
    public Map<String, Double> evaluate(List<CorpusArticle> gold, List<TaggedArticle> tagged) throws Exception {
        Map<String, CorpusArticle> goldById = new HashMap<>();
        gold.forEach(g -> goldById.put(g.id(), g));
        List<RelatedEvaluation.Case> cases = tagged.stream()
                .filter(t -> goldById.containsKey(t.id()))
                .map(t -> new RelatedEvaluation.Case(t, goldById.get(t.id()).gold().thread(),
                        goldById.get(t.id()).gold().duplicateOf()))
                .toList();
        String url = System.getenv("NEWSFLOW_EVAL_ES_URL");
        if (url != null && !url.isBlank()) {
            return scores(url, cases);
        }
        System.err.println("eval --related: starting a local Elasticsearch (set NEWSFLOW_EVAL_ES_URL to reuse one)");
        try (LocalStack stack = LocalStack.start(LocalStackConfig.freePorts())) {
            return scores(stack.elasticsearchUrl(), cases);
        }
    }

    private static Map<String, Double> scores(String url, List<RelatedEvaluation.Case> cases) throws Exception {
        ElasticsearchClient client = ElasticsearchClients.of(url);
        try {
            RelatedEvaluation.Result result = new RelatedEvaluation(client, RelatedProperties.defaults())
                    .evaluate(cases);
            Map<String, Double> scores = new LinkedHashMap<>();
            scores.put("related_p_at_k", result.precision());
            scores.put("related_mlt_baseline", result.baselinePrecision());
            return scores;
        } finally {
            client.close();
        }
    }
}

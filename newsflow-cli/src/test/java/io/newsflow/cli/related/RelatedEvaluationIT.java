package io.newsflow.cli.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import org.junit.jupiter.api.Test;

import io.newsflow.cli.corpus.CorpusArticle;
import io.newsflow.cli.corpus.CorpusReader;
import io.newsflow.cli.tagging.TaggingRun;
import io.newsflow.index.related.RelatedProperties;
import io.newsflow.localstack.LocalStack;

/** Related coverage on the dev corpus, tagged by the real tagger and indexed in a real Elasticsearch, stays above its floor. */
class RelatedEvaluationIT {

    @Test
    void relatedCoverageBeatsItsFloorAndThePlainMoreLikeThisBaseline() throws Exception {
        Path corpus = Path.of(System.getProperty("newsflow.repo.root", ".."), "..", "shared", "corpus");
        List<CorpusArticle> gold = CorpusReader.read(List.of(corpus.resolve("dev-a.jsonl"), corpus.resolve("dev-b.jsonl")))
                .articles();
        Map<String, CorpusArticle> byId = gold.stream().collect(Collectors.toMap(CorpusArticle::id, Function.identity()));
        List<RelatedEvaluation.Case> cases = TaggingRun.standalone().process(gold).stream()
                .map(TaggingRun.Outcome::tagged).filter(Objects::nonNull)
                .map(t -> new RelatedEvaluation.Case(t, byId.get(t.id()).gold().thread(),
                        byId.get(t.id()).gold().duplicateOf()))
                .toList();
        ElasticsearchClient client = ElasticsearchClients.of(LocalStack.shared().elasticsearchUrl());

        RelatedEvaluation.Result result = new RelatedEvaluation(client, RelatedProperties.defaults()).evaluate(cases);
        client.close();

        System.out.println("dev corpus: " + result.line() + " queries=" + result.queries());
        assertThat(result.queries()).isGreaterThanOrEqualTo(45);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.85);
        assertThat(result.precision() - result.baselinePrecision()).isGreaterThanOrEqualTo(0.10);
    }
}

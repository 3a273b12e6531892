package io.newsflow.cli.tagging;

import java.time.Clock;
import java.util.List;

import io.newsflow.cli.corpus.CorpusArticle;
import io.newsflow.ingest.dedup.NearDuplicateDetector;
import io.newsflow.ingest.normalize.ArticleNormalizer;
import io.newsflow.model.Article;
import io.newsflow.model.InvalidEventException;
import io.newsflow.model.TaggedArticle;
import io.newsflow.tagger.nlp.ArticleTagger;
import io.newsflow.tagger.nlp.NlpModels;
import io.newsflow.tagger.nlp.TaggerOptions;

/**
 * The pipeline's code path, in process and in file order: normalise (ingest), de-duplicate (ingest), tag (tagger).
 * No Kafka or Elasticsearch. Not thread-safe: the near-duplicate memory grows with each article, as on the topic.
 */
public final class TaggingRun {

    /** What became of one input article: a tagged article, or the reason it was rejected. */
    public record Outcome(String id, TaggedArticle tagged, String rejection) {

        public boolean rejected() {
            return tagged == null;
        }
    }

    private final ArticleNormalizer normalizer;
    private final NearDuplicateDetector duplicates;
    private final ArticleTagger tagger;
    private final Clock clock;

    TaggingRun(ArticleNormalizer normalizer, NearDuplicateDetector duplicates, ArticleTagger tagger, Clock clock) {
        this.normalizer = normalizer;
        this.duplicates = duplicates;
        this.tagger = tagger;
        this.clock = clock;
    }

    /** A run with the shipped models and an empty near-duplicate memory. */
    public static TaggingRun standalone() {
        return new TaggingRun(ArticleNormalizer.standalone(), NearDuplicateDetector.inMemory(),
                new ArticleTagger(NlpModels.loadDefault(), TaggerOptions.defaults()), Clock.systemUTC());
    }

    public List<Outcome> process(List<CorpusArticle> articles) {
        return articles.stream().map(this::process).toList();
    }

    public Outcome process(CorpusArticle input) {
        Article article;
        try {
            article = normalizer.normalize(input.toRawItem(clock.instant()));
        } catch (InvalidEventException e) {
            return new Outcome(input.id(), null, e.getMessage());
        }
        String original = duplicates.duplicateOf(article);
        if (original != null) {
            article = article.withDuplicateOf(original);
        }
        try {
            return new Outcome(article.id(), tagger.tag(article), null);
        } catch (RuntimeException e) {
            // As on the topic, an article the tagger cannot handle is reported, never dropped silently.
            return new Outcome(article.id(), null, "tagging failed: " + e);
        }
    }
}

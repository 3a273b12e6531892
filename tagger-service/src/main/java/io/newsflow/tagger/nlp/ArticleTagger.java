package io.newsflow.tagger.nlp;

import java.util.List;

import io.newsflow.model.Article;
import io.newsflow.model.Entity;
import io.newsflow.model.KeyFigure;
import io.newsflow.model.StrategyTag;
import io.newsflow.model.TaggedArticle;
import io.newsflow.model.Topics;
import io.newsflow.tagger.nlp.details.KeyDetailSelector;
import io.newsflow.tagger.nlp.figures.KeyFigureExtractor;
import io.newsflow.tagger.nlp.tags.StrategyTagger;

/**
 * Tags one article: the NLP base pass, then entities, strategy-shift tags, key figures and key details. Thread-safe;
 * one instance serves every listener thread.
 */
public final class ArticleTagger {

    private final TextAnalyzer analyzer;
    private final EntityFinder entities;
    private final StrategyTagger strategies;
    private final KeyFigureExtractor figures = new KeyFigureExtractor();
    private final KeyDetailSelector details = new KeyDetailSelector();
    private final TaggerOptions options;

    public ArticleTagger(NlpModels models, TaggerOptions options) {
        this(models, StrategyTagger.loadDefault(), options);
    }

    /** A tagger with a given strategy tagger (e.g. one loaded from a user's model file). */
    public ArticleTagger(NlpModels models, StrategyTagger strategies, TaggerOptions options) {
        this.analyzer = new TextAnalyzer(models);
        this.entities = new EntityFinder(models);
        this.strategies = strategies;
        this.options = options;
    }

    public TaggedArticle tag(Article article) {
        String hint = options.redetectLanguage() ? null : article.language();
        AnalyzedText text = analyzer.analyze(article.title(), article.body(), hint);
        List<Entity> found = entities.find(text);
        List<StrategyTag> tags = strategies.tag(text);
        List<KeyFigure> keyFigures = figures.extract(text);
        List<String> keyDetails = details.select(text, found);
        return new TaggedArticle(Topics.SCHEMA_VERSION, article.id(), article.url(), article.source(), article.title(),
                article.body(), article.published(), text.language(), found, tags, keyFigures, keyDetails,
                article.duplicateOf(), article.version(), options.clock().instant());
    }
}

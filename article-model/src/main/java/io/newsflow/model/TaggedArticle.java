package io.newsflow.model;

import java.time.Instant;
import java.util.List;

/**
 * An article with everything the tagger found. Published on {@link Topics#TAGGED_ARTICLES} with key = {@code id};
 * indexed by index-service with document id = {@code id}. The JSON field names are read by tools outside the project:
 * do not rename them.
 *
 * @param schemaVersion contract version, {@link Topics#SCHEMA_VERSION} when written by this release
 * @param id            article id, unchanged from the {@link Article}
 * @param url           canonical URL
 * @param source        outlet name
 * @param title         headline, plain text
 * @param body          body, plain text
 * @param published     publication time, UTC
 * @param language      ISO 639-1 code
 * @param entities      distinct named entities, each with canonical name, aliases and mention count
 * @param tags          strategy shifts the article reports, with confidence and evidence
 * @param keyFigures    money, percentages, multipliers and headline quantities, as written
 * @param keyDetails    the 3–5 most informative sentences, verbatim, in article order
 * @param duplicateOf   id of the article this one is a near-copy of, or null
 * @param version       monotonic revision copied from the {@link Article}
 * @param taggedAt      when the tagger produced this record
 */
public record TaggedArticle(
        int schemaVersion,
        String id,
        String url,
        String source,
        String title,
        String body,
        Instant published,
        String language,
        List<Entity> entities,
        List<StrategyTag> tags,
        List<KeyFigure> keyFigures,
        List<String> keyDetails,
        String duplicateOf,
        long version,
        Instant taggedAt) {

    public TaggedArticle {
        entities = entities == null ? List.of() : List.copyOf(entities);
        tags = tags == null ? List.of() : List.copyOf(tags);
        keyFigures = keyFigures == null ? List.of() : List.copyOf(keyFigures);
        keyDetails = keyDetails == null ? List.of() : List.copyOf(keyDetails);
    }

    /** The tagging result for {@code article}, carrying over its identity and text. */
    public static TaggedArticle of(Article article, List<Entity> entities, List<StrategyTag> tags,
                                   List<KeyFigure> keyFigures, List<String> keyDetails, Instant taggedAt) {
        return new TaggedArticle(Topics.SCHEMA_VERSION, article.id(), article.url(), article.source(), article.title(),
                article.body(), article.published(), article.language(), entities, tags, keyFigures, keyDetails,
                article.duplicateOf(), article.version(), taggedAt);
    }
}

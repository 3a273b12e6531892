package io.newsflow.model;

import java.time.Instant;

/**
 * A normalised, de-duplicated article. Published on {@link Topics#ARTICLES} with key = {@code id}.
 *
 * @param schemaVersion contract version, {@link Topics#SCHEMA_VERSION} when written by this release
 * @param id            stable article id: the id supplied at intake, else {@link ArticleIds#forUrl(String)} of the canonical URL
 * @param url           canonical URL (lower-case host, no tracking parameters, no fragment)
 * @param source        outlet name
 * @param title         headline, plain text
 * @param body          body, plain text, paragraphs separated by a blank line
 * @param published     publication time, UTC
 * @param language      ISO 639-1 code (e.g. {@code en}), detected when not given
 * @param duplicateOf   id of the article this one is a near-copy of (syndication), or null
 * @param version       monotonic revision (intake time in epoch milliseconds): a higher version supersedes a lower one
 */
public record Article(
        int schemaVersion,
        String id,
        String url,
        String source,
        String title,
        String body,
        Instant published,
        String language,
        String duplicateOf,
        long version) {

    /** This article with {@code duplicateOf} set. */
    public Article withDuplicateOf(String originalId) {
        return new Article(schemaVersion, id, url, source, title, body, published, language, originalId, version);
    }
}

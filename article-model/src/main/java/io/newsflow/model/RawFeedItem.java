package io.newsflow.model;

import java.time.Instant;

/**
 * An item as it arrived, before normalisation: one feed entry, one posted article or one JSONL line.
 * Published on {@link Topics#RAW_ITEMS}; the ingest normaliser turns it into an {@link Article}.
 *
 * @param schemaVersion contract version, {@link Topics#SCHEMA_VERSION} when written by this release
 * @param origin        where it came from: {@code feed}, {@code http} or {@code import}
 * @param feedId        id of the registered feed for feed items, else null
 * @param id            article id supplied by the sender (kept as the article id), or null to derive one from the URL
 * @param url           the link as found in the input (may be relative to {@code feedUrl} or carry tracking parameters)
 * @param feedUrl       URL of the feed document, used to resolve relative links; null when not from a feed
 * @param source        outlet name as given (feed title or the sender's {@code source}), may be null
 * @param title         headline, may contain HTML
 * @param content       body text or HTML
 * @param published     publication time as written in the input (any common date format), may be null
 * @param language      language hint from the input (ISO 639-1), may be null
 * @param receivedAt    when newsflow received it
 */
public record RawFeedItem(
        int schemaVersion,
        String origin,
        String feedId,
        String id,
        String url,
        String feedUrl,
        String source,
        String title,
        String content,
        String published,
        String language,
        Instant receivedAt) {
}

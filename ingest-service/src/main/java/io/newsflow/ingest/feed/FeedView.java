package io.newsflow.ingest.feed;

import java.time.Instant;

/**
 * A feed and its health, as {@code /api/feeds} shows it.
 *
 * @param id                  feed id
 * @param url                 feed URL
 * @param pollInterval        ISO-8601 duration between polls when healthy
 * @param paused              registered but not polled
 * @param lastSuccess         last fetch that worked (including 304 Not Modified)
 * @param lastError           last failure
 * @param lastErrorMessage    what went wrong last
 * @param consecutiveFailures failures since the last success; the back-off doubles with each
 * @param itemsSeen           entries read over all polls
 * @param itemsNew            entries that were new or changed, and so published
 * @param polls               fetch attempts by this instance since it started (the rest is shared between instances
 *                            and restarts through the registry topic)
 * @param notModified         fetches by this instance answered 304 Not Modified
 * @param nextPollAt          when the feed is polled next
 * @param etag                last ETag, sent as If-None-Match
 * @param lastModified        last Last-Modified, sent as If-Modified-Since
 */
public record FeedView(String id, String url, String pollInterval, boolean paused, Instant lastSuccess, Instant lastError,
                       String lastErrorMessage, int consecutiveFailures, long itemsSeen, long itemsNew, long polls,
                       long notModified, Instant nextPollAt, String etag, String lastModified) {
}

package io.newsflow.ingest.feed;

import java.time.Instant;

/**
 * A registered feed as kept on the compacted registry topic ({@code newsflow.feeds.registry-topic}), keyed by id; a
 * tombstone (null value) means the feed was removed. The instance that polls the feed writes it again after every
 * poll with its health and conditional-GET validators, so a restarted or new poller goes on with them (a 304 instead
 * of a full fetch, the back-off where it was) and every instance shows the same health.
 *
 * @param id           feed id
 * @param url          feed URL
 * @param pollInterval ISO-8601 duration between polls
 * @param paused       registered but not polled
 * @param health       the feed's health after its latest poll; null before the first poll (and in records of
 *                     releases that did not keep it)
 */
record FeedRecord(String id, String url, String pollInterval, boolean paused, Health health) {

    /**
     * What a poll leaves behind and the next poller needs (see {@link FeedView} for the fields, and
     * {@link FeedState#seenEntries} for {@code seenEntries}). Poll counts are not kept: they say what each instance
     * did.
     */
    record Health(String etag, String lastModified, Instant lastSuccess, Instant lastError, String lastErrorMessage,
                  int consecutiveFailures, long itemsSeen, long itemsNew, Instant nextPollAt, String seenEntries) {

        /** The health {@code view} shows, with the entries seen; null when the feed was never polled. */
        static Health of(FeedView view, String seenEntries) {
            if (view.lastSuccess() == null && view.lastError() == null) {
                return null;
            }
            return new Health(view.etag(), view.lastModified(), view.lastSuccess(), view.lastError(),
                    view.lastErrorMessage(), view.consecutiveFailures(), view.itemsSeen(), view.itemsNew(),
                    view.nextPollAt(), seenEntries);
        }

        /** When the poll that left this health ended. */
        Instant lastAttempt() {
            if (lastSuccess == null) {
                return lastError;
            }
            return lastError == null || lastSuccess.isAfter(lastError) ? lastSuccess : lastError;
        }
    }
}

package io.newsflow.ingest.feed;

/**
 * A registered feed as kept on the compacted registry topic ({@code newsflow.feeds.registry-topic}), keyed by id; a
 * tombstone (null value) means the feed was removed. Health and conditional-GET validators are not kept: they belong
 * to whichever instance polls the feed, and a new poller simply fetches once without them.
 *
 * @param id           feed id
 * @param url          feed URL
 * @param pollInterval ISO-8601 duration between polls
 * @param paused       registered but not polled
 */
record FeedRecord(String id, String url, String pollInterval, boolean paused) {

    static FeedRecord of(FeedState state) {
        FeedView view = state.view();
        return new FeedRecord(view.id(), view.url(), view.pollInterval(), view.paused());
    }
}

package io.newsflow.ingest.feed;

/** A fetch that failed for a reason that may pass (timeout, connection refused, HTTP 5xx): retried with back-off. */
class FeedFetchException extends RuntimeException {

    FeedFetchException(String message) {
        super(message);
    }

    FeedFetchException(String message, Throwable cause) {
        super(message, cause);
    }
}

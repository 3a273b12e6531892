package io.newsflow.ingest.feed;

/** A feed URL or document that must not be used (unsafe address, too large, hostile or broken XML): dead-lettered. */
class FeedRejectedException extends RuntimeException {

    FeedRejectedException(String message) {
        super(message);
    }

    FeedRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}

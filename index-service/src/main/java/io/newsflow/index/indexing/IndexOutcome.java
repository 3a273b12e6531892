package io.newsflow.index.indexing;

/**
 * What became of one document handed to the {@link BulkIndexer}.
 *
 * @param status    how it ended
 * @param rejection why it was rejected; null unless {@code status} is {@link Status#REJECTED}
 */
public record IndexOutcome(Status status, RuntimeException rejection) {

    /** How a document ended. */
    public enum Status {
        /** Elasticsearch stored it. */
        INDEXED,
        /** Elasticsearch already holds the same or a newer version of the article: nothing to do. */
        SUPERSEDED,
        /** The document can never be stored as it is (bad input or broken mapping): it belongs in the dead-letter topic. */
        REJECTED
    }

    static final IndexOutcome INDEXED = new IndexOutcome(Status.INDEXED, null);
    static final IndexOutcome SUPERSEDED = new IndexOutcome(Status.SUPERSEDED, null);

    /** A rejection for {@code reason}. */
    public static IndexOutcome rejected(RuntimeException reason) {
        return new IndexOutcome(Status.REJECTED, reason);
    }

    public boolean isRejected() {
        return status == Status.REJECTED;
    }
}

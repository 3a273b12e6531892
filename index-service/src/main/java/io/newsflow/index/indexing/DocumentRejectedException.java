package io.newsflow.index.indexing;

/** Elasticsearch refused one document for good (e.g. a value the mapping cannot take); the message is its reason. */
public class DocumentRejectedException extends RuntimeException {

    public DocumentRejectedException(String reason) {
        super(reason);
    }
}

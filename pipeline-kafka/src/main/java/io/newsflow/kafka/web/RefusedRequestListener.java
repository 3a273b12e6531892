package io.newsflow.kafka.web;

/**
 * Told of every request the shared {@code newsflow.security.max-request-bytes} filter refuses (413, body unread), so
 * that a service can record the refusal as it records its own, e.g. as a dead letter. Declare one as a bean. Called
 * on the request's thread before the answer goes out; a listener that throws is logged and the 413 still goes out.
 */
@FunctionalInterface
public interface RefusedRequestListener {

    /**
     * @param method the request's method
     * @param path   its path, without the query
     * @param reason what was wrong, as the caller reads it in the error body
     */
    void refused(String method, String path, String reason);
}

package io.newsflow.localstack;

/** A server of the local stack could not be started, stopped or found; the message says why and what to do. */
public class LocalStackException extends RuntimeException {

    public LocalStackException(String message) {
        super(message);
    }

    public LocalStackException(String message, Throwable cause) {
        super(message, cause);
    }
}

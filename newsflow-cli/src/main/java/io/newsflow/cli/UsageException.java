package io.newsflow.cli;

/** A mistake on the command line or a missing prerequisite: printed as a one-line error, never as a stack trace. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}

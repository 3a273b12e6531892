package io.newsflow.ingest.intake;

import java.util.List;

import org.springframework.http.HttpStatus;

/** A request that cannot be taken at all (too large, not JSON): answered with {@link #status()} and the problems. */
class IntakeException extends RuntimeException {

    private final HttpStatus status;
    private final List<String> problems;

    IntakeException(HttpStatus status, String message, List<String> problems) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    HttpStatus status() {
        return status;
    }

    List<String> problems() {
        return problems;
    }
}

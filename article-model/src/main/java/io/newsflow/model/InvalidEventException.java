package io.newsflow.model;

import java.util.List;

/**
 * An event that cannot be accepted: malformed JSON, an unsupported schema version or invalid fields.
 * Not retryable: the record goes to the dead-letter topic with {@link #getMessage()} as the reason.
 */
public class InvalidEventException extends RuntimeException {

    private final List<String> problems;

    public InvalidEventException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidEventException(String problem, Throwable cause) {
        super(problem, cause);
        this.problems = List.of(problem);
    }

    /** Each problem as one readable sentence, e.g. "title: must not be blank". */
    public List<String> problems() {
        return problems;
    }
}

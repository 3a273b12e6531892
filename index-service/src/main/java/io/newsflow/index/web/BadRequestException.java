package io.newsflow.index.web;

import java.util.List;

/** Invalid request parameters; answered with 400 and every problem listed. */
public class BadRequestException extends RuntimeException {

    private final List<String> problems;

    public BadRequestException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public BadRequestException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}

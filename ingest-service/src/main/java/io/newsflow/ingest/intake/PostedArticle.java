package io.newsflow.ingest.intake;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import io.newsflow.model.EventJson;
import io.newsflow.model.InvalidEventException;

/**
 * One article of a request: parsed with its JSON body, or a JSON line, parsed only when {@link #node()} is called, on
 * the thread that normalises it, so that the lines of a large import are parsed on every core.
 *
 * @param parsed     the article, when the body was one JSON document
 * @param line       the JSON line, when the body was JSON lines
 * @param lineNumber the line's number in the body (from 1)
 */
record PostedArticle(JsonNode parsed, String line, int lineNumber) {

    static PostedArticle of(JsonNode parsed) {
        return new PostedArticle(parsed, null, 0);
    }

    static PostedArticle line(String line, int lineNumber) {
        return new PostedArticle(null, line, lineNumber);
    }

    /** The article's JSON; throws {@link InvalidEventException} for a line that is not JSON. */
    JsonNode node() {
        if (parsed != null) {
            return parsed;
        }
        try {
            return EventJson.mapper().readTree(line);
        } catch (JacksonException e) {
            throw new InvalidEventException(List.of("line " + lineNumber + " is not valid JSON: " + e.getOriginalMessage()));
        }
    }

    /** What was posted, for a dead letter. */
    String payload() {
        return parsed != null ? parsed.toString() : line;
    }
}

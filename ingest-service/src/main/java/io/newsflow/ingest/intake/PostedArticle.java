package io.newsflow.ingest.intake;

import java.nio.charset.StandardCharsets;
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
 * @param body       the request body (UTF-8, already checked), when the body was JSON lines
 * @param offset     where the line starts in {@code body}
 * @param length     the line's length in bytes, without its line break
 * @param lineNumber the line's number in the body (from 1)
 */
record PostedArticle(JsonNode parsed, byte[] body, int offset, int length, int lineNumber) {

    static PostedArticle of(JsonNode parsed) {
        return new PostedArticle(parsed, null, 0, 0, 0);
    }

    static PostedArticle line(byte[] body, int offset, int length, int lineNumber) {
        return new PostedArticle(null, body, offset, length, lineNumber);
    }

    /** The article's JSON; throws {@link InvalidEventException} for a line that is not JSON. */
    JsonNode node() {
        if (parsed != null) {
            return parsed;
        }
        try {
            // straight from the bytes; a NUL byte would make Jackson guess UTF-16, so such a line is read as text
            return hasNul() ? EventJson.mapper().readTree(payload())
                    : EventJson.mapper().readTree(body, offset, length);
        } catch (JacksonException e) {
            throw new InvalidEventException(List.of("line " + lineNumber + " is not valid JSON: " + e.getOriginalMessage()));
        }
    }

    /** What was posted, for a dead letter. */
    String payload() {
        return parsed != null ? parsed.toString() : new String(body, offset, length, StandardCharsets.UTF_8);
    }

    private boolean hasNul() {
        for (int i = offset; i < offset + length; i++) {
            if (body[i] == 0) {
                return true;
            }
        }
        return false;
    }
}

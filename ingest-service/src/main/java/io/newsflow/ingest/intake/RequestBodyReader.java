package io.newsflow.ingest.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import io.newsflow.model.EventJson;

/** Reads a posted body under a size cap and splits it into articles: one object, an array, or JSON lines. */
final class RequestBodyReader {

    private RequestBodyReader() {
    }

    /** At most {@code maxBytes} from {@code in}; throws 413 when there is more. */
    static byte[] readCapped(InputStream in, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new IntakeException(HttpStatus.CONTENT_TOO_LARGE, "request body is larger than " + maxBytes
                    + " bytes (newsflow.ingest.max-request-bytes); split it into smaller batches", List.of());
        }
        return bytes;
    }

    /**
     * The articles in {@code body}; {@code jsonLines} when the body is JSONL (one object per line; each line is parsed
     * later, where the article is normalised, and a line that is not JSON rejects that article only).
     */
    static List<PostedArticle> articles(byte[] body, boolean jsonLines) {
        String text = decodeUtf8(body).strip();
        if (text.isEmpty()) {
            throw new IntakeException(HttpStatus.BAD_REQUEST, "request body is empty: send one JSON article, an array or JSON lines", List.of());
        }
        List<PostedArticle> articles = new ArrayList<>();
        if (jsonLines) {
            int number = 1;
            for (int start = 0; start <= text.length(); number++) {
                int end = text.indexOf('\n', start);
                end = end < 0 ? text.length() : end;
                String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
                if (!line.isBlank()) {
                    articles.add(PostedArticle.line(line, number));
                }
                start = end + 1;
            }
            return articles;
        }
        JsonNode root = parse(text, "body");
        if (root.isArray()) {
            root.forEach(node -> articles.add(PostedArticle.of(node)));
        } else {
            articles.add(PostedArticle.of(root));
        }
        return articles;
    }

    /**
     * The body as UTF-8, strictly: bytes that are not UTF-8 are rejected rather than silently turned into U+FFFD,
     * so a broken encoder upstream is reported (and dead-lettered) instead of indexed as garbled text.
     */
    static String decodeUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new IntakeException(HttpStatus.BAD_REQUEST,
                    "request body is not valid UTF-8 (" + e.getMessage() + "): send JSON encoded as UTF-8", List.of());
        }
    }

    private static JsonNode parse(String json, String where) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (JacksonException e) {
            throw new IntakeException(HttpStatus.BAD_REQUEST, where + " is not valid JSON: " + e.getOriginalMessage(),
                    List.of(where + ": " + e.getOriginalMessage()));
        }
    }
}

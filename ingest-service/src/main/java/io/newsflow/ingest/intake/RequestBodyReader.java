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

/** Reads a posted body under a size cap and splits it into article JSON nodes: one object, an array, or JSON lines. */
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

    /** The article nodes in {@code body}; {@code jsonLines} when the body is JSONL (one object per line). */
    static List<JsonNode> articles(byte[] body, boolean jsonLines) {
        String text = decodeUtf8(body).strip();
        if (text.isEmpty()) {
            throw new IntakeException(HttpStatus.BAD_REQUEST, "request body is empty: send one JSON article, an array or JSON lines", List.of());
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (jsonLines) {
            String[] lines = text.split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    nodes.add(parse(lines[i], "line " + (i + 1)));
                }
            }
            return nodes;
        }
        JsonNode root = parse(text, "body");
        if (root.isArray()) {
            root.forEach(nodes::add);
        } else {
            nodes.add(root);
        }
        return nodes;
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

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
import io.newsflow.model.Utf8;

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
        if (jsonLines) {
            return lines(body);
        }
        String text = decodeUtf8(body).strip();
        if (text.isEmpty()) {
            throw empty();
        }
        List<PostedArticle> articles = new ArrayList<>();
        JsonNode root = parse(text, "body");
        if (root.isArray()) {
            root.forEach(node -> articles.add(PostedArticle.of(node)));
        } else {
            articles.add(PostedArticle.of(root));
        }
        return articles;
    }

    /**
     * The JSON lines of {@code body}, left as bytes: each is parsed later straight from the body, so a large import is
     * neither decoded into characters nor copied line by line. Lines are numbered from the first one that is not
     * blank, as if the body were stripped; blank lines are skipped.
     */
    private static List<PostedArticle> lines(byte[] body) {
        if (!Utf8.isValid(body)) {
            decodeUtf8(body); // throws, naming what is wrong
        }
        List<PostedArticle> articles = new ArrayList<>();
        int number = 0;
        for (int start = 0; start < body.length; ) {
            int end = start;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            int stop = end > start && body[end - 1] == '\r' ? end - 1 : end;
            boolean blank = isBlank(body, start, stop);
            if (!blank || number > 0) {
                number++;
            }
            if (!blank) {
                articles.add(PostedArticle.line(body, start, stop - start, number));
            }
            start = end + 1;
        }
        if (articles.isEmpty()) {
            throw empty();
        }
        return articles;
    }

    /** Whitespace only, as {@link String#isBlank()} sees it (decoded only when a byte is not ASCII). */
    private static boolean isBlank(byte[] body, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = body[i];
            if (b < 0) {
                return new String(body, from, to - from, StandardCharsets.UTF_8).isBlank();
            }
            if (b != ' ' && b != '\t' && b != '\r' && b != 0x0B && b != '\f' && (b < 0x1C || b > 0x1F)) {
                return false;
            }
        }
        return true;
    }

    private static IntakeException empty() {
        return new IntakeException(HttpStatus.BAD_REQUEST,
                "request body is empty: send one JSON article, an array or JSON lines", List.of());
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

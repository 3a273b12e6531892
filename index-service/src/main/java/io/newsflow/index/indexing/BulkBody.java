package io.newsflow.index.indexing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.core.io.JsonStringEncoder;

/**
 * The NDJSON body of a bulk request of index operations with external versioning, written straight from the
 * documents' bytes into one array: an action line and a source line per document.
 * <p>
 * The typed client's {@code BulkRequest} wrote every action line through a JSON-P generator and sent the body as a
 * chunked list of buffers; with the documents already JSON, that was most of what indexing cost the service besides
 * reading Kafka (measured with {@code ./newsflow bench index}, see the README).
 */
final class BulkBody {

    private static final byte[] ACTION_START = bytes("{\"index\":{\"_index\":");
    private static final byte[] ID = bytes(",\"_id\":");
    private static final byte[] VERSION = bytes(",\"version\":");
    private static final byte[] ACTION_END = bytes(",\"version_type\":\"external_gte\"}}\n");

    private BulkBody() {
    }

    /** One document's action line, newline included; {@code quotedIndex} is the index name as a JSON string. */
    static byte[] actionLine(byte[] quotedIndex, String id, long version) {
        byte[] quotedId = quote(id);
        byte[] number = Long.toString(version).getBytes(StandardCharsets.US_ASCII);
        byte[] line = new byte[ACTION_START.length + quotedIndex.length + ID.length + quotedId.length + VERSION.length
                + number.length + ACTION_END.length];
        int at = put(line, 0, ACTION_START);
        at = put(line, at, quotedIndex);
        at = put(line, at, ID);
        at = put(line, at, quotedId);
        at = put(line, at, VERSION);
        at = put(line, at, number);
        put(line, at, ACTION_END);
        return line;
    }

    /** {@code text} as a JSON string literal in UTF-8, quotes included. */
    static byte[] quote(String text) {
        byte[] escaped = JsonStringEncoder.getInstance().quoteAsUTF8(text);
        byte[] quoted = new byte[escaped.length + 2];
        quoted[0] = '"';
        System.arraycopy(escaped, 0, quoted, 1, escaped.length);
        quoted[quoted.length - 1] = '"';
        return quoted;
    }

    /** The request body: each document's action line, its source and a newline, in order. */
    static byte[] of(List<? extends Line> documents) {
        long size = 0;
        for (Line document : documents) {
            size += document.action().length + document.source().remaining() + 1;
        }
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("bulk request of " + size + " bytes is too large for one array");
        }
        byte[] body = new byte[(int) size];
        int at = 0;
        for (Line document : documents) {
            at = put(body, at, document.action());
            ByteBuffer source = document.source().duplicate();
            int length = source.remaining();
            source.get(body, at, length);
            at += length;
            body[at++] = '\n';
        }
        return body;
    }

    private static int put(byte[] target, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, target, at, bytes.length);
        return at + bytes.length;
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    /** A document as the body needs it: its action line and its JSON source (one line, no trailing newline). */
    interface Line {

        byte[] action();

        ByteBuffer source();
    }
}

package io.newsflow.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON (de)serialisation of the event records. Unknown fields are ignored (forward compatible), missing fields are
 * null, and every failure is an {@link InvalidEventException} with a readable message.
 */
public final class EventJson {

    /** Deepest JSON nesting accepted; events are flat, so anything deeper is hostile or broken. */
    public static final int MAX_NESTING_DEPTH = 64;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                    .build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new SimpleModule("newsflow-instants").addDeserializer(Instant.class, new UtcInstants()))
            .build();

    private EventJson() {
    }

    /** The shared mapper (thread-safe), configured as described above. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static String toJson(Object event) {
        return MAPPER.writeValueAsString(event);
    }

    public static byte[] toBytes(Object event) {
        return MAPPER.writeValueAsBytes(event);
    }

    /** Parses {@code json} as {@code type}; throws {@link InvalidEventException} naming what is wrong. */
    public static <T> T fromJson(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new InvalidEventException(java.util.List.of("empty payload: expected a JSON " + type.getSimpleName()));
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw new InvalidEventException("malformed " + type.getSimpleName() + " JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Parses UTF-8 {@code bytes} as {@code type}; throws {@link InvalidEventException} naming what is wrong. */
    public static <T> T fromBytes(byte[] bytes, Class<T> type) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidEventException(java.util.List.of("empty payload: expected a JSON " + type.getSimpleName()));
        }
        int utf8 = Utf8.check(bytes);
        if (utf8 == Utf8.INVALID) {
            throw new InvalidEventException(java.util.List.of("payload is not valid UTF-8"));
        }
        if (utf8 == Utf8.HAS_NUL || isBlank(bytes)) {
            // NUL never occurs in JSON text, and Jackson would take such bytes for UTF-16: read them as characters
            return fromJson(new String(bytes, StandardCharsets.UTF_8), type);
        }
        try {
            return MAPPER.readValue(bytes, type); // the bytes as they are: no copy into characters first
        } catch (JacksonException e) {
            throw new InvalidEventException("malformed " + type.getSimpleName() + " JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}

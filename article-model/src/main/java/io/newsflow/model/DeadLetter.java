package io.newsflow.model;

import java.time.Instant;

/**
 * A record that a service could not process, with the reason. Published on the dead-letter topic of the topic it
 * came from ({@link Topics#deadLetterTopicOf(String)}), or of the topic it would have gone to for HTTP and feed input.
 *
 * @param schemaVersion  contract version
 * @param originalTopic  topic the record was read from (or was meant for)
 * @param partition      partition it was read from, -1 when not read from Kafka
 * @param offset         offset it was read from, -1 when not read from Kafka
 * @param key            record key (article id) when known, else null
 * @param payload        the original payload as text (invalid UTF-8 replaced), possibly truncated
 * @param reason         human-readable reason, e.g. "title: must not be blank"
 * @param exceptionClass class of the exception that rejected it, or null for a validation rejection
 * @param service        the service that rejected it: {@code ingest-service}, {@code tagger-service}, {@code index-service}
 * @param failedAt       when it was rejected
 */
public record DeadLetter(
        int schemaVersion,
        String originalTopic,
        int partition,
        long offset,
        String key,
        String payload,
        String reason,
        String exceptionClass,
        String service,
        Instant failedAt) {

    /** Longest payload kept in a dead letter; longer ones are cut and marked. */
    public static final int MAX_PAYLOAD_CHARS = 64 * 1024;

    public DeadLetter {
        if (payload != null && payload.length() > MAX_PAYLOAD_CHARS) {
            payload = payload.substring(0, MAX_PAYLOAD_CHARS) + "…[truncated " + (payload.length() - MAX_PAYLOAD_CHARS) + " chars]";
        }
    }
}

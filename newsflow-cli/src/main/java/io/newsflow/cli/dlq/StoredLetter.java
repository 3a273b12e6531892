package io.newsflow.cli.dlq;

import io.newsflow.model.DeadLetter;

/**
 * A dead letter as read from its dead-letter topic.
 *
 * @param topic     the dead-letter topic, e.g. {@code newsflow.articles.dlt}
 * @param partition its partition there
 * @param offset    its offset there
 * @param key       the record key (the article id when known)
 * @param letter    the decoded letter, or null when the record is not a readable {@link DeadLetter}
 * @param raw       the record value as text, for letters that could not be decoded
 */
record StoredLetter(String topic, int partition, long offset, String key, DeadLetter letter, String raw) {

    /** {@code TOPIC/PARTITION@OFFSET}: names this letter on the command line and in the replay header. */
    String coordinates() {
        return topic + "/" + partition + "@" + offset;
    }

    boolean readable() {
        return letter != null;
    }

    /** Why this letter cannot be re-published as it is, or null when it can. */
    String unreplayableBecause() {
        if (letter == null) {
            return "not a readable dead letter";
        }
        if (letter.originalTopic() == null || letter.originalTopic().isBlank()) {
            return "no original topic";
        }
        if (letter.originalTopic().endsWith(io.newsflow.model.Topics.DEAD_LETTER_SUFFIX)) {
            return "original topic is itself a dead-letter topic";
        }
        if (letter.payload() == null) {
            return "no payload kept";
        }
        if (letter.payload().length() > DeadLetter.MAX_PAYLOAD_CHARS) {
            return "payload was truncated when dead-lettered";
        }
        return null;
    }
}

package io.newsflow.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.ingest.dedup.NearDuplicateDetector;
import io.newsflow.model.Article;
import io.newsflow.model.EventJson;
import io.newsflow.model.Topics;

class NormalisedTest {

    private static final String BODY = "The harbour authority approved a new ferry terminal on Monday. Officials said "
            + "building work would start next spring and the terminal would open two years later.";

    private static Article article(String id) {
        return new Article(Topics.SCHEMA_VERSION, id, "https://harbour.example/" + id, "Harbour Post",
                "Harbour authority approves a new ferry terminal", BODY, Instant.parse("2026-11-30T09:00:00Z"), "en",
                null, 1_764_493_200_000L);
    }

    @Test
    void theFingerprintJsonWrittenWithANewArticleIsThatOfTheFingerprintRemembered() {
        NearDuplicateDetector detector = NearDuplicateDetector.inMemory();
        Normalised original = Normalised.of(article("ferry-1"));

        assertThat(detector.record(original.fingerprint()).duplicateOf()).isNull();

        assertThat(detector.remembered("ferry-1")).isSameAs(original.fingerprint());
        assertThat(original.fingerprintJson()).isEqualTo(EventJson.toBytes(detector.remembered("ferry-1")));
    }

    @Test
    void aCopyIsRememberedWithItsOriginalSoTheJsonWrittenBeforeTheVerdictIsNotItsFingerprint() {
        NearDuplicateDetector detector = NearDuplicateDetector.inMemory();
        detector.record(Normalised.of(article("ferry-1")).fingerprint());
        Normalised copy = Normalised.of(article("ferry-2"));

        assertThat(detector.record(copy.fingerprint()).duplicateOf()).isEqualTo("ferry-1");

        assertThat(detector.remembered("ferry-2")).isNotSameAs(copy.fingerprint());
        assertThat(new String(EventJson.toBytes(detector.remembered("ferry-2")), StandardCharsets.UTF_8))
                .contains("\"duplicateOf\":\"ferry-1\"");
        assertThat(copy.fingerprintJson()).isNotEqualTo(EventJson.toBytes(detector.remembered("ferry-2")));
    }
}

package io.newsflow.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import io.newsflow.model.Article;
import io.newsflow.model.EventJson;
import io.newsflow.model.InvalidEventException;
import io.newsflow.model.Topics;

class FingerprintTest {

    private static final String TITLE = "Harbour authority approves a new ferry terminal";
    private static final String BODY = "The harbour authority approved a new ferry terminal on Monday.\n\n"
            + "Officials said building work would start next spring; Zürich-based Üma Bau will build it.";

    private static Article article(String title, String body) {
        return new Article(Topics.SCHEMA_VERSION, "fp-1", "https://harbour.example/ferry", "Harbour Post", title, body,
                Instant.parse("2026-11-30T09:00:00Z"), "en", null, 1L);
    }

    @Test
    void hashAndSignatureAreThoseOfTitleAndBodyJoinedByABlankLine() throws Exception {
        // fingerprints already on the shared topic were computed over "title\n\nbody": new ones must match them
        String joined = TITLE + "\n\n" + BODY;
        Fingerprint fingerprint = Fingerprint.of(article(TITLE, BODY));

        String expectedHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(joined.getBytes(StandardCharsets.UTF_8)));
        assertThat(fingerprint.contentHash()).isEqualTo(expectedHash);
        assertThat(fingerprint.signature()).containsExactly(MinHash.signature(joined));
        assertThat(MinHash.shingles(TITLE, BODY)).containsExactly(MinHash.shingles(joined));
    }

    @Test
    void aWordIsNotGluedAcrossTheTitleAndBody() {
        assertThat(MinHash.shingles("alpha beta", "gamma delta")).containsExactly(MinHash.shingles("alpha beta gamma delta"))
                .doesNotContain(MinHash.shingles("alpha betagamma delta"));
    }

    @Test
    void anEmptyPartAddsNoWords() {
        assertThat(MinHash.shingles("", "one two three four")).containsExactly(MinHash.shingles("one two three four"));
        assertThat(MinHash.shingles("", "")).isEmpty();
    }

    @Test
    void travelsAsJsonWithTheSignatureInBase64() {
        Fingerprint fingerprint = Fingerprint.of(article(TITLE, BODY));

        String json = new String(EventJson.toBytes(fingerprint), StandardCharsets.UTF_8);
        Fingerprint read = EventJson.fromBytes(json.getBytes(StandardCharsets.UTF_8), Fingerprint.class);

        assertThat(json).contains("\"signature\":\"").hasSizeLessThan(1_000);
        assertThat(read.signature()).containsExactly(fingerprint.signature());
        assertThat(read).usingRecursiveComparison().isEqualTo(fingerprint);
    }

    @Test
    void readsASignatureOfTheOlderNumberArrayFormAsNoneForItsValuesAreNotComparable() {
        String older = "{\"id\":\"fp-1\",\"url\":null,\"contentHash\":\"ab\",\"signature\":[1,-2,3],\"duplicateOf\":\"fp-0\"}";

        Fingerprint read = EventJson.fromBytes(older.getBytes(StandardCharsets.UTF_8), Fingerprint.class);

        assertThat(read.signature()).isNull();
        assertThat(read.contentHash()).isEqualTo("ab");
        assertThat(read.duplicateOf()).isEqualTo("fp-0");
        assertThat(read.isValid()).isTrue();
    }

    @Test
    void refusesASignatureThatIsNotWholeIntegers() {
        String json = "{\"id\":\"fp-1\",\"contentHash\":\"ab\",\"signature\":\"AAAB\"}";

        assertThatThrownBy(() -> EventJson.fromBytes(json.getBytes(StandardCharsets.UTF_8), Fingerprint.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("multiple of 4 bytes");
    }
}

package io.newsflow.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.newsflow.model.Article;

/**
 * What de-duplication remembers about one article. Stored (JSON) on the compacted topic
 * {@code newsflow.ingest.fingerprints}, keyed by article id, so every ingest instance learns every article.
 *
 * @param id           article id
 * @param url          canonical URL
 * @param contentHash  SHA-256 (hex) of the normalised title and body: equal hashes mean an exact copy
 * @param signature    MinHash signature of the title and body ({@value MinHash#SIZE} values)
 * @param duplicateOf  id of the original when this article is a near-copy, else null
 */
public record Fingerprint(String id, String url, String contentHash, int[] signature, String duplicateOf) {

    /** The fingerprint of {@code article}, with its {@code duplicateOf}. */
    public static Fingerprint of(Article article) {
        String text = article.title() + "\n\n" + article.body();
        return new Fingerprint(article.id(), article.url(), sha256(text), MinHash.signature(text), article.duplicateOf());
    }

    /** The id of the first article of this one's family: its original, or itself. */
    String root() {
        return duplicateOf != null ? duplicateOf : id;
    }

    Fingerprint withDuplicateOf(String original) {
        return new Fingerprint(id, url, contentHash, signature, original);
    }

    /** Same content, URL and verdict: learning it again would change nothing. */
    boolean sameAs(Fingerprint other) {
        return id.equals(other.id) && contentHash.equals(other.contentHash) && java.util.Objects.equals(url, other.url)
                && java.util.Objects.equals(duplicateOf, other.duplicateOf);
    }

    boolean isValid() {
        return id != null && contentHash != null && signature != null && signature.length == MinHash.SIZE;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

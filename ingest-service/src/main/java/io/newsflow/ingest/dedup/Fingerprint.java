package io.newsflow.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

import io.newsflow.model.Article;

/**
 * What de-duplication remembers about one article. Stored (JSON) on the compacted topic
 * {@code newsflow.ingest.fingerprints}, keyed by article id, so every ingest instance learns every article.
 *
 * @param id           article id
 * @param url          canonical URL
 * @param contentHash  SHA-256 (hex) of the normalised title and body: equal hashes mean an exact copy
 * @param signature    MinHash signature of the title and body ({@value MinHash#SIZE} values; base64 in JSON); null
 *                     for a fingerprint written before one-permutation MinHash, which counts for exact copies only
 * @param duplicateOf  id of the original when this article is a near-copy, else null
 * @param seenAt       when ingest took the article (epoch ms; its {@code version}, which is the intake time): the
 *                     de-duplication window counts from here; 0 when unknown (fingerprints of older releases)
 */
public record Fingerprint(String id, String url, String contentHash,
                          @JsonSerialize(using = SignatureJson.Writer.class)
                          @JsonDeserialize(using = SignatureJson.Reader.class) int[] signature,
                          String duplicateOf, long seenAt) {

    private static final byte[] BLANK_LINE = {'\n', '\n'};
    /**
     * Looking a digest up by name costs more than hashing a short article, so each hash starts from a clone of this
     * one. (A thread-local digest was slower still: in Tomcat's and the common pool's threads the lookup missed
     * through long runs of other libraries' thread-locals, 14% of an import profile.)
     */
    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
            SHA_256.clone();
        } catch (NoSuchAlgorithmException | CloneNotSupportedException e) {
            throw new IllegalStateException("this JVM has no cloneable SHA-256", e);
        }
    }

    /** The fingerprint of {@code article}, with its {@code duplicateOf}. */
    public static Fingerprint of(Article article) {
        // of the title and body joined by a blank line, without building that string (a hot path at import)
        String title = String.valueOf(article.title());
        String body = String.valueOf(article.body());
        return new Fingerprint(article.id(), article.url(), sha256(title, body), MinHash.signature(title, body),
                article.duplicateOf(), article.version());
    }

    /** The id of the first article of this one's family: its original, or itself. */
    String root() {
        return duplicateOf != null ? duplicateOf : id;
    }

    /** This fingerprint with {@code original} as its {@code duplicateOf}: itself when that changes nothing. */
    Fingerprint withDuplicateOf(String original) {
        // the same instance, so that a fingerprint's JSON written beforehand is known to still be its JSON
        return java.util.Objects.equals(original, duplicateOf) ? this
                : new Fingerprint(id, url, contentHash, signature, original, seenAt);
    }

    Fingerprint withSeenAt(long millis) {
        return new Fingerprint(id, url, contentHash, signature, duplicateOf, millis);
    }

    /** Same content, URL and verdict: learning it again would change nothing. */
    boolean sameAs(Fingerprint other) {
        return id.equals(other.id) && contentHash.equals(other.contentHash) && java.util.Objects.equals(url, other.url)
                && java.util.Objects.equals(duplicateOf, other.duplicateOf);
    }

    boolean isValid() {
        return id != null && contentHash != null && (signature == null || signature.length == MinHash.SIZE);
    }

    private static String sha256(String title, String body) {
        MessageDigest digest;
        try {
            digest = (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e); // checked at class initialisation
        }
        digest.update(title.getBytes(StandardCharsets.UTF_8));
        digest.update(BLANK_LINE);
        return HexFormat.of().formatHex(digest.digest(body.getBytes(StandardCharsets.UTF_8)));
    }
}

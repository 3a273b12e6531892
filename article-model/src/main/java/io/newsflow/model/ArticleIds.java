package io.newsflow.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable article ids for articles that arrive without one. */
public final class ArticleIds {

    private ArticleIds() {
    }

    /**
     * The id of the article at {@code url}: {@code "u-"} + the first 20 hex digits of SHA-256 of the canonical URL.
     * Two spellings of the same URL ({@link UrlCanonicalizer}) get the same id.
     */
    public static String forUrl(String url) {
        String canonical = UrlCanonicalizer.canonicalize(url);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return "u-" + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

package io.newsflow.cli.eval;

import java.util.Locale;

/**
 * The corpus scoring normalisation: straight/curly quotes and hyphen/dash variants unified, whitespace collapsed,
 * case folded, a leading "the " dropped.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = text
                .replaceAll("[‘’‚‛′`´]", "'")
                .replaceAll("[“”„‟″]", "\"")
                .replaceAll("[‐‑‒–—―−]", "-")
                .replaceAll("\\s+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}

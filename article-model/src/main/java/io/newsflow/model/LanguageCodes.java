package io.newsflow.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * ISO 639-3 language codes (what OpenNLP's language-detection model predicts) to the ISO 639-1 codes that
 * {@link Article#language()} carries. One table for every service, so ingest and tagger name a language alike.
 */
public final class LanguageCodes {

    private static final Map<String, String> PART1 = new HashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            try {
                PART1.putIfAbsent(new Locale(code).getISO3Language(), code);
            } catch (java.util.MissingResourceException ignored) {
                // a language without a three-letter code cannot come out of the model either
            }
        }
        // individual-language codes the Leipzig-trained model uses for macro-languages
        PART1.put("cmn", "zh");
        PART1.put("zho", "zh");
        PART1.put("arb", "ar");
        PART1.put("pes", "fa");
        PART1.put("zsm", "ms");
        PART1.put("nob", "nb");
        PART1.put("ekk", "et");
        PART1.put("lvs", "lv");
        PART1.put("swh", "sw");
    }

    private LanguageCodes() {
    }

    /** The ISO 639-1 code for a three-letter {@code code}; any other code (already two letters, unknown) unchanged. */
    public static String toPart1(String code) {
        return code != null && code.length() == 3 ? PART1.getOrDefault(code, code) : code;
    }
}

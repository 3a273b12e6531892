package io.newsflow.tagger.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ISO 639-3 codes (what the OpenNLP language model predicts) to the ISO 639-1 codes articles carry. */
final class Iso639 {

    private static final Map<String, String> PART1 = new HashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            try {
                PART1.putIfAbsent(new Locale(code).getISO3Language(), code);
            } catch (java.util.MissingResourceException ignored) {
                // a code without a three-letter form cannot be predicted by the model either
            }
        }
        // macro-language and variant codes the Leipzig-trained model uses
        PART1.put("cmn", "zh");
        PART1.put("zho", "zh");
        PART1.put("pes", "fa");
        PART1.put("zsm", "ms");
        PART1.put("nob", "no");
        PART1.put("ekk", "et");
        PART1.put("lvs", "lv");
        PART1.put("swh", "sw");
        PART1.put("arb", "ar");
    }

    private Iso639() {
    }

    static String toPart1(String part3) {
        return PART1.getOrDefault(part3, part3);
    }
}

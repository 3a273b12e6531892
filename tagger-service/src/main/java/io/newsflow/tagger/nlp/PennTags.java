package io.newsflow.tagger.nlp;

import java.util.Locale;

/**
 * Maps the Universal Dependencies tags of the OpenNLP EWT model to Penn Treebank tags. OpenNLP's own conversion maps
 * every verb to VB and every merged token ("company's") to "?"; word shape recovers tense, number and possessives.
 */
final class PennTags {

    private PennTags() {
    }

    static String of(String ud, String token) {
        int plus = ud.indexOf('+');
        String head = plus > 0 ? ud.substring(0, plus) : ud;
        String lower = token.toLowerCase(Locale.ROOT);
        return switch (head) {
            case "PROPN" -> "NNP";
            case "NOUN" -> plural(lower) ? "NNS" : "NN";
            case "VERB", "AUX" -> verb(lower);
            case "ADJ" -> lower.endsWith("est") ? "JJS" : lower.endsWith("er") && lower.length() > 4 ? "JJR" : "JJ";
            case "ADV" -> "RB";
            case "ADP" -> lower.equals("to") ? "TO" : "IN";
            case "SCONJ" -> "IN";
            case "CCONJ" -> "CC";
            case "DET" -> lower.startsWith("wh") ? "WDT" : "DT";
            case "PRON" -> lower.startsWith("wh") ? "WP" : lower.endsWith("r") || lower.equals("its") || lower.equals("his")
                    ? "PRP$" : "PRP";
            case "NUM" -> "CD";
            case "PART" -> lower.equals("to") ? "TO" : lower.endsWith("s") ? "POS" : "RB";
            case "INTJ" -> "UH";
            case "SYM" -> token.equals("$") || token.equals("€") || token.equals("£") ? "$" : "SYM";
            case "PUNCT" -> punctuation(token);
            default -> "FW";
        };
    }

    private static boolean plural(String lower) {
        return lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("'s")
                && !lower.endsWith("’s") && !lower.endsWith("us") && !lower.endsWith("is");
    }

    private static String verb(String lower) {
        return switch (lower) {
            case "will", "would", "can", "could", "may", "might", "must", "shall", "should" -> "MD";
            case "is", "has", "does", "'s" -> "VBZ";
            case "was", "were", "had", "did", "said", "made", "took", "sold", "bought", "paid", "cut", "left", "led",
                    "began", "grew", "fell", "rose", "won", "lost", "told", "set", "put", "quit", "shut", "spent", "got",
                    "gave", "came", "went", "became", "ran", "held", "kept", "brought", "built", "sent", "hit" -> "VBD";
            case "are", "am", "have", "do" -> "VBP";
            case "be" -> "VB";
            case "been" -> "VBN";
            default -> lower.endsWith("ing") ? "VBG" : lower.endsWith("ed") ? "VBD"
                    : lower.endsWith("s") && !lower.endsWith("ss") ? "VBZ" : "VB";
        };
    }

    private static String punctuation(String token) {
        return switch (token) {
            case ",", ";" -> ",";
            case ":", "-", "–", "—", "..." -> ":";
            case "(", "[", "{" -> "-LRB-";
            case ")", "]", "}" -> "-RRB-";
            case "\"", "“", "'", "‘" -> "``";
            case "”", "’" -> "''";
            default -> ".";
        };
    }
}

package io.newsflow.tagger.nlp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import opennlp.tools.lemmatizer.LemmatizerME;

/**
 * Lemmas by (token, POS), shared by all threads. The statistical lemmatizer costs several times the whole
 * sentence/token/POS pass, while news vocabulary is small and repetitive, so each (token, tag) pair is lemmatised once.
 * Proper nouns, numbers and punctuation are their own lower-cased lemma and never reach the model.
 */
final class LemmaCache {

    private static final int MAX_ENTRIES = 300_000;

    private final Map<String, Map<String, String>> lemmasByTag = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger size = new java.util.concurrent.atomic.AtomicInteger();

    String lemma(String token, String penn, String udTag, Supplier<LemmatizerME> lemmatizer) {
        if (penn.startsWith("NNP") || penn.equals("CD") || !Character.isLetter(token.charAt(0))) {
            return token.toLowerCase(java.util.Locale.ROOT);
        }
        Map<String, String> lemmas = lemmasByTag.computeIfAbsent(udTag, t -> new ConcurrentHashMap<>());
        String lemma = lemmas.get(token);
        if (lemma == null) {
            lemma = lemmatizer.get().lemmatize(new String[] {token}, new String[] {udTag})[0];
            lemma = lemma.toLowerCase(java.util.Locale.ROOT);
            if (lemma.isEmpty() || lemma.equals("o")) {
                lemma = token.toLowerCase(java.util.Locale.ROOT);
            }
            if (size.get() < MAX_ENTRIES && lemmas.putIfAbsent(token, lemma) == null) {
                size.incrementAndGet();
            }
        }
        return lemma;
    }
}

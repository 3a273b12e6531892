package io.newsflow.tagger.nlp;

import java.util.List;

/**
 * One sentence after tokenisation, POS tagging and lemmatisation.
 *
 * @param text        the sentence, verbatim
 * @param start       offset of the sentence in the analysed text
 * @param tokens      tokens, verbatim
 * @param tokenStarts offset of each token in the analysed text (not in the sentence)
 * @param pos         Penn Treebank POS tag of each token
 * @param lemmas      lemma of each token, lower case
 */
public record AnalyzedSentence(String text, int start, List<String> tokens, List<Integer> tokenStarts,
                               List<String> pos, List<String> lemmas) {

    public int size() {
        return tokens.size();
    }
}

package io.newsflow.tagger.nlp.tags;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.newsflow.tagger.nlp.AnalyzedSentence;
import io.newsflow.tagger.nlp.AnalyzedText;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Test helper: builds {@link AnalyzedText} with OpenNLP's shipped English sentence and token models (no POS or
 * lemmas, which the tag, figure and detail finders do not read), so their tests need no entity model.
 */
public final class AnalyzedTexts {

    private static final SentenceModel SENTENCES = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", true);
    private static final TokenizerModel TOKENS = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", false);

    private AnalyzedTexts() {
    }

    /** Title and body (paragraphs separated by a blank line) split into sentences and tokens. */
    public static AnalyzedText of(String title, String body) {
        return new AnalyzedText(sentences(title), sentences(body), "en");
    }

    private static List<AnalyzedSentence> sentences(String text) {
        SentenceDetectorME detector = new SentenceDetectorME(SENTENCES);
        TokenizerME tokenizer = new TokenizerME(TOKENS);
        List<AnalyzedSentence> out = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf("\n\n", from);
            end = end < 0 ? text.length() : end;
            for (Span s : detector.sentPosDetect(text.substring(from, end))) {
                int start = from + s.getStart();
                String sentence = text.substring(start, from + s.getEnd());
                Span[] spans = tokenizer.tokenizePos(sentence);
                List<String> tokens = Arrays.asList(Span.spansToStrings(spans, sentence));
                out.add(new AnalyzedSentence(sentence, start, tokens,
                        Arrays.stream(spans).map(t -> start + t.getStart()).toList(),
                        tokens.stream().map(t -> "X").toList(),
                        tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList()));
            }
            from = end + 2;
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> T load(String resource, boolean sentences) {
        try (InputStream in = AnalyzedTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model not on the test classpath: " + resource);
            }
            return (T) (sentences ? new SentenceModel(in) : new TokenizerModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

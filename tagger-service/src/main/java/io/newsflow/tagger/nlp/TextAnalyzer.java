package io.newsflow.tagger.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.newsflow.model.LanguageCodes;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * The NLP base pass: language, sentences (never across paragraphs), tokens, Penn Treebank POS tags and lemmas.
 * Thread-safe: each thread gets its own OpenNLP {@code *ME} objects over the shared {@link NlpModels}.
 *
 * <p>Text in another language than English is split into sentences and tokens only; its POS tags come from the word
 * shape ({@code CD} for numbers, {@code NNP} for capitalised words, {@code X} otherwise) so that language-independent
 * finders still work and nothing pretends to understand the grammar.
 */
public final class TextAnalyzer {

    private static final int MIN_DETECTION_CHARS = 40;

    private final NlpModels models;
    private final ThreadLocal<Workers> workers;

    public TextAnalyzer(NlpModels models) {
        this.models = models;
        this.workers = ThreadLocal.withInitial(() -> new Workers(models));
    }

    /**
     * Analyses an article. Title sentences carry offsets into {@code title}, body sentences offsets into {@code body}.
     *
     * @param languageHint ISO 639-1 code given by the source, or null/blank to detect it
     */
    public AnalyzedText analyze(String title, String body, String languageHint) {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        Workers w = workers.get();
        String language = languageHint == null || languageHint.isBlank()
                ? detectLanguage(w, title + "\n" + body)
                : languageHint.strip().toLowerCase(Locale.ROOT);
        boolean english = language.equals("en");
        return new AnalyzedText(sentences(w, title, english), sentences(w, body, english), language);
    }

    /** ISO 639-1 code of the text's language; "en" for text too short to tell. */
    public String detectLanguage(String text) {
        return detectLanguage(workers.get(), text);
    }

    private String detectLanguage(Workers w, String text) {
        if (text.strip().length() < MIN_DETECTION_CHARS) {
            return "en";
        }
        Language best = w.languages.predictLanguage(text.length() > 2000 ? text.substring(0, 2000) : text);
        return LanguageCodes.toPart1(best.getLang());
    }

    private List<AnalyzedSentence> sentences(Workers w, String text, boolean english) {
        List<AnalyzedSentence> out = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf("\n\n", from);
            end = end < 0 ? text.length() : end;
            String paragraph = text.substring(from, end);
            Span[] spans = w.sentences.sentPosDetect(paragraph);
            for (int i = 0; i < spans.length; i++) {
                int last = i;
                // the model splits after abbreviations ("Acme Corp. said"); a sentence never starts in lower case
                while (last + 1 < spans.length && Character.isLowerCase(paragraph.charAt(spans[last + 1].getStart()))) {
                    last++;
                }
                int start = from + spans[i].getStart();
                out.add(sentence(w, text.substring(start, from + spans[last].getEnd()), start, english));
                i = last;
            }
            from = end + 2;
        }
        return out;
    }

    private AnalyzedSentence sentence(Workers w, String text, int start, boolean english) {
        Span[] spans = w.tokenizer.tokenizePos(text);
        String[] tokens = Span.spansToStrings(spans, text);
        List<Integer> starts = Arrays.stream(spans).map(s -> start + s.getStart()).toList();
        String[] penn = new String[tokens.length];
        String[] lemmas = new String[tokens.length];
        if (english) {
            String[] ud = w.pos.tag(tokens);
            for (int i = 0; i < tokens.length; i++) {
                penn[i] = PennTags.of(ud[i], tokens[i]);
                lemmas[i] = models.lemmaCache.lemma(tokens[i], penn[i], ud[i], w::lemmatizer);
            }
        } else {
            for (int i = 0; i < tokens.length; i++) {
                String t = tokens[i];
                penn[i] = Character.isDigit(t.charAt(0)) ? "CD" : Character.isUpperCase(t.charAt(0)) ? "NNP"
                        : Character.isLetter(t.charAt(0)) ? "X" : ".";
                lemmas[i] = t.toLowerCase(Locale.ROOT);
            }
        }
        return new AnalyzedSentence(text, start, List.of(tokens), starts, List.of(penn), List.of(lemmas));
    }

    /** One thread's OpenNLP objects; the lemmatizer is created on the first lemma-cache miss. */
    private static final class Workers {
        final SentenceDetectorME sentences;
        final TokenizerME tokenizer;
        final POSTaggerME pos;
        final LanguageDetectorME languages;
        private final NlpModels models;
        private LemmatizerME lemmatizer;

        Workers(NlpModels models) {
            this.models = models;
            this.sentences = new SentenceDetectorME(models.sentences);
            this.tokenizer = new TokenizerME(models.tokens);
            this.pos = new POSTaggerME(models.pos);
            this.languages = new LanguageDetectorME(models.languages);
        }

        LemmatizerME lemmatizer() {
            if (lemmatizer == null) {
                lemmatizer = new LemmatizerME(models.lemmas);
            }
            return lemmatizer;
        }
    }
}

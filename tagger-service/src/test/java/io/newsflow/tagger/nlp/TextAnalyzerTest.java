package io.newsflow.tagger.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer(NlpModels.loadDefault());
    private static final String BODY = "Acme Corp. said on Tuesday it had bought two startups for $40 million\n\n"
            + "The companies were founded in Berlin. Their founders will join Acme.";

    @Test
    void neverRunsASentenceAcrossParagraphs() {
        AnalyzedText text = ANALYZER.analyze("Acme buys two startups", BODY, "en");

        assertThat(text.body()).extracting(AnalyzedSentence::text).containsExactly(
                "Acme Corp. said on Tuesday it had bought two startups for $40 million",
                "The companies were founded in Berlin.", "Their founders will join Acme.");
        assertThat(text.title()).hasSize(1);
        assertThat(text.all()).hasSize(4);
    }

    @Test
    void tokenOffsetsPointIntoTheAnalysedText() {
        AnalyzedText text = ANALYZER.analyze("Acme buys two startups", BODY, "en");

        for (AnalyzedSentence s : text.body()) {
            assertThat(BODY.substring(s.start(), s.start() + s.text().length())).isEqualTo(s.text());
            for (int i = 0; i < s.size(); i++) {
                int start = s.tokenStarts().get(i);
                assertThat(BODY.substring(start, start + s.tokens().get(i).length())).isEqualTo(s.tokens().get(i));
            }
        }
    }

    @Test
    void tagsPennTreebankPosAndLowerCaseLemmas() {
        AnalyzedSentence s = ANALYZER.analyze("", "The companies were founded in Berlin.", "en").body().get(0);

        assertThat(s.tokens()).containsExactly("The", "companies", "were", "founded", "in", "Berlin", ".");
        assertThat(s.pos()).containsExactly("DT", "NNS", "VBD", "VBD", "IN", "NNP", ".");
        assertThat(s.lemmas()).containsExactly("the", "company", "be", "found", "in", "berlin", ".");
    }

    @Test
    void detectsLanguageWhenNoneIsGivenAndSkipsEnglishGrammarForOthers() {
        AnalyzedText german = ANALYZER.analyze("Brennwerk sammelt Geld ein",
                "Das Softwareunternehmen aus München hat in einer Finanzierungsrunde 85 Millionen Euro eingesammelt, "
                        + "wie die Firma am Dienstag mitteilte.", null);
        AnalyzedText english = ANALYZER.analyze("", BODY, "");

        assertThat(german.language()).isEqualTo("de");
        assertThat(german.body().get(0).pos()).doesNotContain("VBD", "DT").contains("CD", "NNP");
        assertThat(english.language()).isEqualTo("en");
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        List<String> expected = ANALYZER.analyze("", BODY, "en").body().get(0).pos();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<String>>> jobs = java.util.Collections.nCopies(40,
                    () -> ANALYZER.analyze("", BODY, "en").body().get(0).pos());
            for (Future<List<String>> result : pool.invokeAll(jobs)) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}

package io.newsflow.tagger.nlp.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FigureGateTest {

    private final KeyFigureExtractor extractor = new KeyFigureExtractor();

    @Test
    void sentencesWithoutDigitsOrSpelledScalesAreSkipped() {
        assertThat(KeyFigureExtractor.mayHoldFigure("The chief executive will step down in May.")).isFalse();
        assertThat(KeyFigureExtractor.mayHoldFigure("Revenue rose 12% on the year.")).isTrue();
        assertThat(KeyFigureExtractor.mayHoldFigure("Sales were three Times what analysts expected.")).isTrue();
        assertThat(KeyFigureExtractor.mayHoldFigure("The app has two million users.")).isTrue();
    }

    @Test
    void everySentenceWithAFigureGetsPastTheGate() throws IOException {
        List<String> sentences = new ArrayList<>(List.of("Sales were three times what analysts expected.",
                "The app now has two million users and several thousand staff.", "It grew tenfold."));
        try (InputStream in = getClass().getResourceAsStream("/io/newsflow/tagger/nlp/tags/training.txt")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.contains("\t")) {
                    sentences.add(line.split("\t", 2)[1]);
                }
            }
        }
        List<String> withFigures = sentences.stream().filter(s -> !extractor.extract(s).isEmpty()).toList();

        assertThat(withFigures).hasSizeGreaterThan(50).contains(sentences.get(0), sentences.get(1));
        assertThat(withFigures).allMatch(KeyFigureExtractor::mayHoldFigure);
    }
}

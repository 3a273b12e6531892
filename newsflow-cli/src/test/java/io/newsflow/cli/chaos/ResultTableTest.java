package io.newsflow.cli.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class ResultTableTest {

    private final List<ScenarioResult> results = List.of(
            new ScenarioResult("kill-tagger", 120, 120, 0, 0, 0, 12.5, List.of()),
            new ScenarioResult("poison", 130, 121, 1, 2, 9, 3.0, List.of("poison chaos-poison-x is on no dead-letter topic")));

    @Test
    void endsWithTheSummaryLineOfTotals() {
        String printed = print();

        String[] lines = printed.strip().split("\n");
        assertThat(lines[lines.length - 1]).isEqualTo("scenarios=2 lost=1 duplicated=2 dead_lettered=9");
    }

    @Test
    void printsOneRowPerScenarioAndEveryProblem() {
        String printed = print();

        assertThat(printed).contains("recovery s").contains("kill-tagger").contains("12.5")
                .contains("poison: poison chaos-poison-x is on no dead-letter topic");
    }

    @Test
    void aScenarioPassesOnlyWithoutLossDuplicatesAndProblems() {
        assertThat(results.get(0).passed()).isTrue();
        assertThat(results.get(1).passed()).isFalse();
        assertThat(new ScenarioResult("x", 1, 1, 0, 0, 0, 0, List.of("a problem")).passed()).isFalse();
    }

    private String print() {
        var bytes = new ByteArrayOutputStream();
        ResultTable.print(results, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

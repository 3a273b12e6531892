package io.newsflow.cli.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.cli.stack.RepoPaths;

/**
 * The bounded fault-injection suite on local-stack's real Kafka and Elasticsearch and the services' jars: every
 * scenario of {@code ./newsflow chaos}, smaller (fewer articles and kills, a 10 s Elasticsearch outage), same checks.
 */
class ChaosIT {

    @Test
    void noAcceptedArticleIsLostOrDuplicatedAndEveryPoisonMessageIsDeadLettered() throws Exception {
        var printed = new ByteArrayOutputStream();
        Path logs = RepoPaths.root().resolve("newsflow-cli/target/chaos-logs");
        List<ScenarioResult> results;
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            results = ChaosCommand.run(ChaosOptions.bounded(), logs, new PrintStream(new TeeStream(out, System.out), true, StandardCharsets.UTF_8));
        }

        assertThat(results).extracting(ScenarioResult::scenario).containsExactlyElementsOf(Scenarios.NAMES);
        for (ScenarioResult result : results) {
            assertThat(result.lost()).as("lost in " + result.scenario()).isZero();
            assertThat(result.duplicated()).as("duplicated in " + result.scenario()).isZero();
            assertThat(result.problems()).as("problems in " + result.scenario()).isEmpty();
            assertThat(result.indexed()).as("indexed in " + result.scenario()).isGreaterThan(0);
        }
        ScenarioResult poison = results.get(Scenarios.NAMES.indexOf(Scenarios.POISON));
        assertThat(poison.deadLettered()).as("poison messages dead-lettered").isGreaterThanOrEqualTo(6);
        assertThat(printed.toString(StandardCharsets.UTF_8).strip()).endsWith("scenarios=6 lost=0 duplicated=0 dead_lettered="
                + results.stream().mapToInt(ScenarioResult::deadLettered).sum());
    }

    /** Shows the progress in the build log while keeping a copy to check the printed summary. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws java.io.IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }
    }
}

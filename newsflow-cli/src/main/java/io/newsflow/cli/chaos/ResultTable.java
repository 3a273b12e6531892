package io.newsflow.cli.chaos;

import java.io.PrintStream;
import java.util.List;

/** Prints the scenario figures as a table and the one-line summary the README quotes. */
final class ResultTable {

    private ResultTable() {
    }

    static void print(List<ScenarioResult> results, PrintStream out) {
        String format = "%-14s %6s %8s %5s %10s %13s %10s%n";
        out.printf(format, "scenario", "sent", "indexed", "lost", "duplicated", "dead-lettered", "recovery s");
        for (ScenarioResult r : results) {
            out.printf(format, r.scenario(), r.sent(), r.indexed(), r.lost(), r.duplicated(), r.deadLettered(),
                    String.format("%.1f", r.recoverySeconds()));
        }
        for (ScenarioResult r : results) {
            r.problems().forEach(p -> out.println("  " + r.scenario() + ": " + p));
        }
        out.println(summary(results));
    }

    static String summary(List<ScenarioResult> results) {
        return "scenarios=" + results.size()
                + " lost=" + results.stream().mapToInt(ScenarioResult::lost).sum()
                + " duplicated=" + results.stream().mapToInt(ScenarioResult::duplicated).sum()
                + " dead_lettered=" + results.stream().mapToInt(ScenarioResult::deadLettered).sum();
    }
}

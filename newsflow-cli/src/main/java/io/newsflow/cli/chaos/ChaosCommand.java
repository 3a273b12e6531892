package io.newsflow.cli.chaos;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.newsflow.cli.Command;
import io.newsflow.cli.stack.RepoPaths;

/**
 * {@code ./newsflow chaos [--scenario NAME] [--articles N] ...}: starts a real Kafka and Elasticsearch on free ports
 * and the three services, injects faults while synthetic articles flow, and after each scenario compares the ids
 * accepted at intake with the documents in Elasticsearch and the dead-letter topics. Prints a table and a last line
 * {@code scenarios=N lost=L duplicated=D dead_lettered=M}; exits 1 when anything was lost, duplicated or unaccounted.
 */
public final class ChaosCommand implements Command {

    @Override
    public String summary() {
        return "fault-injection suite on real Kafka and Elasticsearch: kills, outages, restarts, poison (--scenario NAME)";
    }

    @Override
    public int run(List<String> args) throws Exception {
        List<ScenarioResult> results = run(ChaosOptions.parse(args), RepoPaths.stateDir().resolve("chaos-logs"), System.out);
        return results.stream().allMatch(ScenarioResult::passed) ? 0 : 1;
    }

    /** Runs the scenarios of {@code options} on a fresh stack and prints their figures to {@code out}. */
    static List<ScenarioResult> run(ChaosOptions options, Path logs, PrintStream out) throws Exception {
        long started = System.nanoTime();
        out.println("Starting Kafka, Elasticsearch and the services (logs in " + logs + ")...");
        List<ScenarioResult> results = new ArrayList<>();
        try (ChaosRig rig = ChaosRig.start(logs)) {
            out.printf("Ready after %.0f s.%n", (System.nanoTime() - started) / 1e9);
            for (String scenario : options.scenarios()) {
                long scenarioStarted = System.nanoTime();
                out.println("Scenario " + scenario + "...");
                ScenarioResult result = Scenarios.run(scenario, rig, options);
                results.add(result);
                out.printf("  %s: sent %d, indexed %d, lost %d, duplicated %d, dead-lettered %d (%.0f s)%n", scenario,
                        result.sent(), result.indexed(), result.lost(), result.duplicated(), result.deadLettered(),
                        (System.nanoTime() - scenarioStarted) / 1e9);
            }
        }
        out.printf("%n%d scenarios in %.0f s%n%n", results.size(), (System.nanoTime() - started) / 1e9);
        ResultTable.print(results, out);
        return results;
    }
}

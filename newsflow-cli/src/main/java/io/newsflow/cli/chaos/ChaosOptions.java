package io.newsflow.cli.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.newsflow.cli.UsageException;

/**
 * What {@code ./newsflow chaos} runs.
 *
 * @param scenarios        scenario names, in order
 * @param articles         good articles streamed through each scenario
 * @param kills            kill -9 rounds per killed service
 * @param esOutage         how long Elasticsearch stays stopped
 * @param recoveryTimeout  how long after the last fault every accepted article must be indexed
 */
record ChaosOptions(List<String> scenarios, int articles, int kills, Duration esOutage, Duration recoveryTimeout) {

    static final String USAGE = "usage: chaos [--scenario NAME[,NAME...]] [--articles N] [--kills N] [--es-outage SECONDS]"
            + " [--recovery-timeout SECONDS]; scenarios: " + String.join(", ", Scenarios.NAMES);

    ChaosOptions {
        scenarios = List.copyOf(scenarios);
        for (String name : scenarios) {
            if (!Scenarios.NAMES.contains(name)) {
                throw new UsageException("unknown scenario '" + name + "'; " + USAGE);
            }
        }
        if (articles < 5 || kills < 1 || esOutage.isNegative() || recoveryTimeout.toSeconds() < 10) {
            throw new UsageException("need --articles >= 5, --kills >= 1, --es-outage >= 0 and --recovery-timeout >= 10; " + USAGE);
        }
    }

    /** The full suite: every scenario, 120 articles each, 3 kills per service, a 30 s Elasticsearch outage. */
    static ChaosOptions full() {
        return new ChaosOptions(Scenarios.NAMES, 120, 3, Duration.ofSeconds(30), Duration.ofSeconds(180));
    }

    /** The bounded suite the integration tests run: the same checks, fewer articles and kills, a 10 s outage. */
    static ChaosOptions bounded() {
        return new ChaosOptions(Scenarios.NAMES, 24, 1, Duration.ofSeconds(10), Duration.ofSeconds(150));
    }

    static ChaosOptions parse(List<String> args) {
        ChaosOptions o = full();
        List<String> scenarios = o.scenarios();
        int articles = o.articles();
        int kills = o.kills();
        Duration outage = o.esOutage();
        Duration recovery = o.recoveryTimeout();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (i + 1 >= args.size()) {
                throw new UsageException("'" + arg + "' needs a value; " + USAGE);
            }
            String value = args.get(++i);
            switch (arg) {
                case "--scenario" -> scenarios = new ArrayList<>(List.of(value.split(",")));
                case "--articles" -> articles = number(arg, value);
                case "--kills" -> kills = number(arg, value);
                case "--es-outage" -> outage = Duration.ofSeconds(number(arg, value));
                case "--recovery-timeout" -> recovery = Duration.ofSeconds(number(arg, value));
                default -> throw new UsageException("unknown option '" + arg + "'; " + USAGE);
            }
        }
        return new ChaosOptions(scenarios, articles, kills, outage, recovery);
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, got '" + value + "'");
        }
    }
}

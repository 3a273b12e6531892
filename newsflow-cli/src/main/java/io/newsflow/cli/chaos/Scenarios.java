package io.newsflow.cli.chaos;

import java.util.List;

/** The fault-injection scenarios by name, in the order the full suite runs them. */
final class Scenarios {

    static final String KILL_TAGGER = "kill-tagger";
    static final String KILL_INDEX = "kill-index";
    static final String ES_OUTAGE = "es-outage";
    static final String KAFKA_RESTART = "kafka-restart";
    static final String REBALANCE = "rebalance";
    static final String POISON = "poison";

    static final List<String> NAMES = List.of(KILL_TAGGER, KILL_INDEX, ES_OUTAGE, KAFKA_RESTART, REBALANCE, POISON);

    private Scenarios() {
    }

    static ScenarioResult run(String name, ChaosRig rig, ChaosOptions options) throws Exception {
        FaultScenarios faults = new FaultScenarios(rig, options);
        return switch (name) {
            case KILL_TAGGER -> faults.killRepeatedly(name, io.newsflow.cli.stack.Service.TAGGER);
            case KILL_INDEX -> faults.killRepeatedly(name, io.newsflow.cli.stack.Service.INDEX);
            case ES_OUTAGE -> faults.elasticsearchOutage(name);
            case KAFKA_RESTART -> faults.kafkaRestart(name);
            case REBALANCE -> faults.rebalance(name);
            case POISON -> new PoisonScenario(rig, options).run(name);
            default -> throw new IllegalArgumentException("unknown scenario " + name);
        };
    }
}

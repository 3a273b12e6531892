package io.newsflow.cli.chaos;

import java.util.List;

/**
 * The figures of one scenario.
 *
 * @param scenario        its name
 * @param sent            articles and poison messages sent
 * @param indexed         accepted articles found in Elasticsearch
 * @param lost            accepted articles neither indexed nor dead-lettered when the recovery timeout ran out
 * @param duplicated      documents beyond one per accepted article, including documents under ids never accepted
 * @param deadLettered    records of this scenario found on the dead-letter topics
 * @param recoverySeconds from the end of the last fault until every accepted article was indexed
 * @param problems        other failed checks (a poison message without a readable dead letter, ...); empty when fine
 */
record ScenarioResult(String scenario, int sent, int indexed, int lost, int duplicated, int deadLettered,
                      double recoverySeconds, List<String> problems) {

    ScenarioResult {
        problems = List.copyOf(problems);
    }

    boolean passed() {
        return lost == 0 && duplicated == 0 && problems.isEmpty();
    }
}

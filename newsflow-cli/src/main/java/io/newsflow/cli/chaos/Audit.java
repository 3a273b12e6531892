package io.newsflow.cli.chaos;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsflow.model.DeadLetter;

/**
 * Ends a scenario: waits until every accepted article is in Elasticsearch (or the recovery timeout runs out), then
 * compares the ids accepted at intake with the documents and with the dead letters of the scenario.
 */
final class Audit {

    private final Ledger ledger;
    private final Duration recoveryTimeout;

    Audit(Ledger ledger, Duration recoveryTimeout) {
        this.ledger = ledger;
        this.recoveryTimeout = recoveryTimeout;
    }

    /**
     * @param prefix          id prefix of everything the scenario sent
     * @param sent            articles and poison messages sent
     * @param accepted        ids ingest took; each must be indexed exactly once
     * @param poison          marker ids of poison that must be dead-lettered (and not indexed)
     * @param faultEnded      when the last fault was repaired
     */
    ScenarioResult settle(String scenario, String prefix, int sent, Set<String> accepted, Set<String> poison,
                          Instant faultEnded) throws InterruptedException {
        Instant deadline = faultEnded.plus(recoveryTimeout);
        Map<String, Integer> documents = ledger.documents(prefix);
        while (!documents.keySet().containsAll(accepted) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500); // polling interval of the audit, not a wait standing in for a result
            documents = ledger.documents(prefix);
        }
        double recovery = Duration.between(faultEnded, Instant.now()).toMillis() / 1000.0;
        Map<String, Integer> found = documents;
        List<DeadLetter> letters = ledger.deadLetters(letter -> mentions(letter, prefix));

        List<String> problems = new ArrayList<>();
        Set<String> lettered = new HashSet<>();
        for (DeadLetter letter : letters) {
            String id = markerOf(letter, accepted, poison);
            if (id != null) {
                lettered.add(id);
            }
            if (letter.reason() == null || letter.reason().isBlank()) {
                problems.add("dead letter without a reason from " + letter.service() + " for " + letter.key());
            }
        }
        int indexed = 0;
        int lost = 0;
        for (String id : accepted) {
            if (documents.containsKey(id)) {
                indexed++;
            } else if (lettered.contains(id)) {
                problems.add("accepted article " + id + " was dead-lettered, not indexed");
            } else {
                lost++;
            }
        }
        int duplicated = 0;
        for (Map.Entry<String, Integer> document : documents.entrySet()) {
            duplicated += accepted.contains(document.getKey()) ? document.getValue() - 1 : document.getValue();
        }
        for (String marker : poison) {
            if (!lettered.contains(marker)) {
                problems.add("poison " + marker + " is on no dead-letter topic");
            }
        }
        if (lost > 0) {
            List<String> missing = accepted.stream().filter(id -> !found.containsKey(id) && !lettered.contains(id)).sorted().limit(5).toList();
            problems.add("not indexed after " + recoveryTimeout.toSeconds() + " s, e.g. " + missing);
        }
        return new ScenarioResult(scenario, sent, indexed, lost, duplicated, letters.size(), recovery, problems);
    }

    private static boolean mentions(DeadLetter letter, String prefix) {
        return (letter.key() != null && letter.key().startsWith(prefix))
                || (letter.payload() != null && letter.payload().contains(prefix));
    }

    /** The accepted id or poison marker a letter is about: its key, else the first marker its payload quotes. */
    private static String markerOf(DeadLetter letter, Set<String> accepted, Set<String> poison) {
        if (letter.key() != null && (accepted.contains(letter.key()) || poison.contains(letter.key()))) {
            return letter.key();
        }
        if (letter.payload() != null) {
            for (String marker : poison) {
                if (letter.payload().contains("\"" + marker + "\"") || letter.payload().contains(marker + " ")) {
                    return marker;
                }
            }
        }
        return null;
    }
}

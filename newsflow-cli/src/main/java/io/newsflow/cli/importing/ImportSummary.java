package io.newsflow.cli.importing;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Counts of an import and the reason for every rejection. */
final class ImportSummary {

    private static final int MAX_REASONS_SHOWN = 20;

    private long accepted;
    private long duplicates;
    private long unchanged;
    private final List<String> rejections = new ArrayList<>();
    private final Set<String> published = new LinkedHashSet<>();

    void accepted(String id) {
        accepted++;
        published.add(id);
    }

    void duplicate(String id, String of) {
        duplicates++;
        published.add(id);
    }

    void unchanged(String id) {
        unchanged++;
        published.add(id);
    }

    void rejected(String where, String reason) {
        rejections.add(where + ": " + reason);
    }

    long accepted() {
        return accepted;
    }

    long duplicates() {
        return duplicates;
    }

    long unchanged() {
        return unchanged;
    }

    long rejected() {
        return rejections.size();
    }

    List<String> rejections() {
        return List.copyOf(rejections);
    }

    /** Ids the pipeline has (or already had): what {@code --wait} waits for. */
    Set<String> ids() {
        return Set.copyOf(published);
    }

    void print(PrintStream out) {
        out.printf("accepted: %,d   duplicates: %,d (%,d near or exact copies, %,d unchanged re-sends)   rejected: %,d%n",
                accepted + duplicates, duplicates + unchanged, duplicates, unchanged, rejections.size());
        rejections.stream().limit(MAX_REASONS_SHOWN).forEach(r -> out.println("  rejected " + r));
        if (rejections.size() > MAX_REASONS_SHOWN) {
            out.printf("  ... and %,d more rejections%n", rejections.size() - MAX_REASONS_SHOWN);
        }
    }
}

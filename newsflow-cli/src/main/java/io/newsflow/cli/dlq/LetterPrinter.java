package io.newsflow.cli.dlq;

import java.io.PrintStream;
import java.util.List;

import io.newsflow.model.DeadLetter;

/** Prints dead letters: one table row each for {@code list}, every field for {@code show}. */
final class LetterPrinter {

    private static final int REASON_WIDTH = 60;
    private static final String ROW = "%-28s %-12s %-24s %-16s %-20s %s%n";

    private LetterPrinter() {
    }

    static void table(List<StoredLetter> letters, PrintStream out) {
        out.printf(ROW, "DLT TOPIC", "PART@OFFSET", "KEY", "SERVICE", "TIME", "REASON");
        for (StoredLetter s : letters) {
            DeadLetter l = s.letter();
            out.printf(ROW, s.topic(), s.partition() + "@" + s.offset(), cut(String.valueOf(s.key()), 24),
                    l == null ? "?" : String.valueOf(l.service()),
                    l == null || l.failedAt() == null ? "?" : l.failedAt().toString(),
                    cut(oneLine(l == null ? "unreadable dead letter" : String.valueOf(l.reason())), REASON_WIDTH));
        }
        out.printf("%d dead letter%s%n", letters.size(), letters.size() == 1 ? "" : "s");
    }

    static void full(StoredLetter s, PrintStream out) {
        out.println("letter          " + s.coordinates());
        out.println("key             " + s.key());
        DeadLetter l = s.letter();
        if (l == null) {
            out.println("(not a readable dead letter; raw value follows)");
            out.println(s.raw());
            return;
        }
        out.println("original        " + l.originalTopic() + "/" + l.partition() + "@" + l.offset());
        out.println("service         " + l.service());
        out.println("failed at       " + l.failedAt());
        out.println("exception       " + l.exceptionClass());
        out.println("reason          " + l.reason());
        out.println("schema version  " + l.schemaVersion());
        String why = s.unreplayableBecause();
        out.println("replayable      " + (why == null ? "yes" : "no: " + why));
        out.println("payload:");
        out.println(l.payload());
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}

package io.newsflow.cli.importing;

import java.io.PrintStream;

/** A one-line progress bar redrawn in place on a terminal; on a pipe or file, a line per 10% instead. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final long total;
    private final boolean terminal;
    private int lastDecile = -1;

    ProgressBar(PrintStream out, String label, long total, boolean terminal) {
        this.out = out;
        this.label = label;
        this.total = Math.max(1, total);
        this.terminal = terminal;
    }

    static ProgressBar onStderr(String label, long total) {
        return new ProgressBar(System.err, label, total, System.console() != null);
    }

    void update(long done) {
        int percent = (int) Math.min(100, done * 100 / total);
        int filled = percent * WIDTH / 100;
        String line = String.format("%s [%s%s] %,d/%,d (%d%%)", label, "#".repeat(filled), ".".repeat(WIDTH - filled),
                done, total, percent);
        if (terminal) {
            out.print("\r" + line);
            out.flush();
        } else if (percent / 10 != lastDecile) {
            lastDecile = percent / 10;
            out.println(line);
        }
    }

    void finish() {
        if (terminal) {
            out.println();
        }
    }
}

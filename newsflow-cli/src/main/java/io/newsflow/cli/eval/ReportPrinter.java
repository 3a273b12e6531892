package io.newsflow.cli.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.newsflow.model.EventJson;

/** Prints an {@link EvalReport} as a table ending in the summary line, and writes it as JSON. */
final class ReportPrinter {

    private ReportPrinter() {
    }

    static void print(EvalReport report, PrintStream out) {
        out.printf(Locale.ROOT, "articles: %d%n", report.articles());
        out.printf(Locale.ROOT, "%-26s %6s %6s %6s %7s %7s %7s%n", "", "tp", "fp", "fn", "P", "R", "F1");
        row(out, "entities (untyped)", report.entities());
        row(out, "entities (typed)", report.entitiesTyped());
        report.entitiesByType().forEach((type, counts) -> row(out, "  " + type, counts));
        row(out, "tags (micro)", report.tags());
        report.tagsByTag().forEach((tag, counts) -> row(out, "  " + tag, counts));
        out.printf(Locale.ROOT, "%-26s %36.3f%n", "tags (macro F1)", report.tagsMacroF1());
        row(out, "key figures", report.figures());
        row(out, "near-duplicate pairs", report.duplicates());
        report.extra().forEach((name, value) -> out.printf(Locale.ROOT, "%-26s %36.3f%n", name, value));
        out.println(report.summaryLine());
        out.flush();
    }

    private static void row(PrintStream out, String name, Counts c) {
        out.printf(Locale.ROOT, "%-26s %6d %6d %6d %7.3f %7.3f %7.3f%n", name, c.tp(), c.fp(), c.fn(), c.precision(),
                c.recall(), c.f1());
    }

    static void writeJson(EvalReport report, Path file) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("articles", report.articles());
        json.put("summary", report.summaryLine());
        json.put("entities", counts(report.entities()));
        json.put("entities_typed", counts(report.entitiesTyped()));
        Map<String, Object> byType = new LinkedHashMap<>();
        report.entitiesByType().forEach((type, c) -> byType.put(type, counts(c)));
        json.put("entities_by_type", byType);
        json.put("tags", counts(report.tags()));
        json.put("tags_macro_f1", report.tagsMacroF1());
        Map<String, Object> byTag = new LinkedHashMap<>();
        report.tagsByTag().forEach((tag, c) -> byTag.put(tag, counts(c)));
        json.put("tags_by_tag", byTag);
        json.put("figures", counts(report.figures()));
        json.put("duplicates", counts(report.duplicates()));
        json.put("extra", report.extra());
        json.put("errors", report.errors());
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
    }

    private static Map<String, Object> counts(Counts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tp", c.tp());
        m.put("fp", c.fp());
        m.put("fn", c.fn());
        m.put("precision", c.precision());
        m.put("recall", c.recall());
        m.put("f1", c.f1());
        return m;
    }
}

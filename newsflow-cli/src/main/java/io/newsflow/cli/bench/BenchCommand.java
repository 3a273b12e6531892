package io.newsflow.cli.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.newsflow.cli.Command;
import io.newsflow.cli.UsageException;

/** {@code ./newsflow bench TARGET [ARGS]}: runs one throughput benchmark and prints its numbers. */
public final class BenchCommand implements Command {

    /** Benchmarks by target name; each registers here with one line. */
    private static final Map<String, Supplier<Command>> TARGETS = new LinkedHashMap<>();

    static {
        TARGETS.put("index", IndexBench::new);
        TARGETS.put("ingest", io.newsflow.cli.importing.IngestBench::new);
        TARGETS.put("tagger", io.newsflow.cli.tagging.TaggerBench::new);
        TARGETS.put("search", io.newsflow.cli.related.SearchBench::new);
    }

    @Override
    public int run(List<String> args) throws Exception {
        if (args.isEmpty() || !TARGETS.containsKey(args.get(0))) {
            throw new UsageException("usage: ./newsflow bench TARGET [ARGS], where TARGET is one of " + TARGETS.keySet()
                    + (args.isEmpty() ? "" : " (got '" + args.get(0) + "')"));
        }
        return TARGETS.get(args.get(0)).get().run(args.subList(1, args.size()));
    }

    @Override
    public String summary() {
        return "throughput benchmarks: bench " + String.join("|", TARGETS.keySet()) + " [--help]";
    }
}

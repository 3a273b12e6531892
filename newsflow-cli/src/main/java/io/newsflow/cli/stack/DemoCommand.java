package io.newsflow.cli.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.newsflow.cli.Command;
import io.newsflow.cli.Newsflow;
import io.newsflow.cli.UsageException;

/**
 * {@code ./newsflow demo [--once]}: starts local Kafka and Elasticsearch and the three services, imports the sample
 * articles, waits until they are searchable, prints search results with entities and tags, and runs until Ctrl-C.
 */
public final class DemoCommand implements Command {

    @Override
    public String summary() {
        return "run the whole pipeline locally with the sample articles (--once: print results and exit)";
    }

    @Override
    public int run(List<String> args) throws Exception {
        StackOptions options = StackOptions.parse(args);
        boolean once = options.rest().remove("--once");
        if (!options.rest().isEmpty()) {
            throw new UsageException("unknown option(s) " + options.rest() + "; usage: demo [--once] [--kafka-port N] [--es-port N]");
        }
        Path samples = RepoPaths.root().resolve("samples").resolve("articles.jsonl");
        if (!Files.isRegularFile(samples)) {
            throw new UsageException(samples + " is missing");
        }
        long started = System.nanoTime();
        RunningStack stack = RunningStack.start(options, RepoPaths.stateDir().resolve("demo-data"), true);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            System.out.println("\nStopping newsflow...");
            stack.close();
            stopped.countDown();
        }, "newsflow-demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        StackState state = stack.state();

        List<String> importArgs = new ArrayList<>(List.of("--ingest-url", state.ingest(), "--index-url", state.index(),
                "--wait", samples.toString()));
        int imported = Newsflow.run(prepend("import", importArgs));
        if (imported != 0) {
            throw new IllegalStateException("importing the samples failed (see above); service logs are in " + RepoPaths.stateDir().resolve("logs"));
        }
        SearchPrinter printer = new SearchPrinter(state.index());
        long samplesCount;
        try (var lines = Files.lines(samples)) {
            samplesCount = lines.filter(l -> !l.isBlank()).count();
        }
        printer.awaitSearchable(samplesCount, java.time.Duration.ofSeconds(60));
        System.out.printf("%nSample articles searchable %.1f s after start.%n", (System.nanoTime() - started) / 1e9);
        printer.printTag("open-to-proprietary");
        printer.printSearch("jobs");

        System.out.println("\nnewsflow is running:\n" + state.describe());
        System.out.println("\nTry:\n  curl '" + state.index() + "/api/search?q=chip+plant'\n  curl '" + state.index()
                + "/api/briefing'\n  curl '" + state.index() + "/api/articles/s-001/related?size=3'\n  ./newsflow import ../shared/corpus/dev-b.jsonl --ingest-url " + state.ingest());
        if (once) {
            Runtime.getRuntime().removeShutdownHook(hook);
            stack.close();
            return 0;
        }
        System.out.println("\nPress Ctrl-C to stop.");
        stopped.await();
        return 0;
    }

    private static String[] prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest);
        all.add(0, first);
        return all.toArray(String[]::new);
    }
}

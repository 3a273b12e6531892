package io.newsflow.cli.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import io.newsflow.cli.Command;
import io.newsflow.cli.UsageException;
import io.newsflow.cli.corpus.CorpusArticle;
import io.newsflow.cli.corpus.CorpusReader;
import io.newsflow.cli.tagging.TaggingRun;
import io.newsflow.model.TaggedArticle;

/**
 * {@code ./newsflow eval GOLD.jsonl... [--json FILE] [extension flags]}: runs the {@code tag} code path over gold
 * files, scores it as the corpus README defines, prints a table and, as the last line, the summary scores.
 */
public final class EvalCommand implements Command {

    private static final String USAGE = "usage: eval GOLD.jsonl... [--json REPORT.json]";

    /** The tagged articles of the last {@link #evaluate} call, by id, in input order. */
    private final Map<String, TaggedArticle> lastRun = new LinkedHashMap<>();

    @Override
    public int run(List<String> args) throws Exception {
        Map<String, EvalExtension> available = new LinkedHashMap<>();
        ServiceLoader.load(EvalExtension.class).forEach(e -> available.put(e.flag(), e));
        List<Path> inputs = new ArrayList<>();
        List<EvalExtension> enabled = new ArrayList<>();
        Path json = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--json")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--json needs a file name; " + USAGE);
                }
                json = Path.of(args.get(++i));
            } else if (available.containsKey(arg)) {
                enabled.add(available.get(arg));
            } else if (arg.startsWith("--")) {
                throw new UsageException("unknown option " + arg + "; " + USAGE + " " + String.join(" ",
                        available.keySet().stream().map(f -> "[" + f + "]").toList()));
            } else {
                inputs.add(Path.of(arg));
            }
        }
        if (inputs.isEmpty()) {
            throw new UsageException(USAGE);
        }
        CorpusReader.Result input = CorpusReader.read(inputs);
        input.errors().forEach(e -> System.err.println("skipped " + e));
        List<CorpusArticle> gold = input.articles().stream().filter(CorpusArticle::hasGold).toList();
        if (gold.isEmpty()) {
            throw new UsageException("no gold-annotated articles in " + inputs);
        }
        EvalReport report = evaluate(gold, TaggingRun.standalone());
        for (EvalExtension extension : enabled) {
            report = report.withExtra(extension.evaluate(gold, taggedOf(gold)));
        }
        ReportPrinter.print(report, System.out);
        if (json != null) {
            ReportPrinter.writeJson(report, json);
        }
        return 0;
    }

    /** Tags {@code gold} with {@code run} and scores the result. */
    EvalReport evaluate(List<CorpusArticle> gold, TaggingRun run) {
        Map<String, String> rejections = new LinkedHashMap<>();
        lastRun.clear();
        for (TaggingRun.Outcome outcome : run.process(gold)) {
            if (outcome.rejected()) {
                rejections.put(outcome.id(), outcome.rejection());
                System.err.println("rejected " + outcome.id() + ": " + outcome.rejection());
            } else {
                lastRun.put(outcome.id(), outcome.tagged());
            }
        }
        return Scorer.score(gold, lastRun, rejections);
    }

    private List<TaggedArticle> taggedOf(List<CorpusArticle> gold) {
        return gold.stream().map(a -> lastRun.get(a.id())).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public String summary() {
        return "score the tagger against gold JSONL: eval GOLD.jsonl... [--json REPORT.json]";
    }
}

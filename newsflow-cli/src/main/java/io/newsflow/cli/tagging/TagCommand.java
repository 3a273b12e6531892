package io.newsflow.cli.tagging;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.newsflow.cli.Command;
import io.newsflow.cli.UsageException;
import io.newsflow.cli.corpus.CorpusReader;
import io.newsflow.model.EventJson;

/**
 * {@code ./newsflow tag IN.jsonl... [--out OUT.jsonl]}: tags corpus-format articles in process (normalise,
 * de-duplicate, tag, in file order) and writes one {@code TaggedArticle} JSON per line. Lines that cannot be read or
 * are rejected are reported on stderr with the reason, and the exit code is 1.
 */
public final class TagCommand implements Command {

    @Override
    public int run(List<String> args) throws Exception {
        List<Path> inputs = new ArrayList<>();
        Path out = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--out")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--out needs a file name");
                }
                out = Path.of(args.get(++i));
            } else if (args.get(i).startsWith("--")) {
                throw new UsageException("unknown option " + args.get(i) + "; usage: tag IN.jsonl... [--out OUT.jsonl]");
            } else {
                inputs.add(Path.of(args.get(i)));
            }
        }
        if (inputs.isEmpty()) {
            throw new UsageException("usage: tag IN.jsonl... [--out OUT.jsonl]");
        }
        CorpusReader.Result input = CorpusReader.read(inputs);
        input.errors().forEach(e -> System.err.println("skipped " + e));
        if (out != null && out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        List<TaggingRun.Outcome> outcomes = TaggingRun.standalone().process(input.articles());
        int rejected = 0;
        Writer writer = out == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        try {
            for (TaggingRun.Outcome outcome : outcomes) {
                if (outcome.rejected()) {
                    rejected++;
                    System.err.println("rejected " + outcome.id() + ": " + outcome.rejection());
                } else {
                    writer.write(EventJson.toJson(outcome.tagged()));
                    writer.write('\n');
                }
            }
        } finally {
            // stdout stays open for whoever runs after us; a file is closed.
            if (out == null) {
                writer.flush();
            } else {
                writer.close();
            }
        }
        if (out != null) {
            System.err.printf("tagged %d articles into %s%n", outcomes.size() - rejected, out);
        }
        return input.errors().isEmpty() && rejected == 0 ? 0 : 1;
    }

    @Override
    public String summary() {
        return "tag corpus-format JSONL in process (no Kafka): tag IN.jsonl... [--out OUT.jsonl]";
    }
}

package io.newsflow.cli.dlq;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.newsflow.cli.Command;
import io.newsflow.cli.UsageException;
import io.newsflow.cli.stack.StackState;

/**
 * {@code ./newsflow dlq list|show|replay}: inspects the dead-letter topics and re-publishes letters to their original
 * topic after a fix. Replays are marked on the replayed record, so a letter is replayed once unless {@code --force};
 * replaying is safe anyway, because article ids are deterministic and every hop is idempotent by id and version.
 */
public final class DlqCommand implements Command {

    private final PrintStream out;
    private final BufferedReader in;
    private final Clock clock;

    public DlqCommand() {
        this(System.out, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), Clock.systemUTC());
    }

    DlqCommand(PrintStream out, BufferedReader in, Clock clock) {
        this.out = out;
        this.in = in;
        this.clock = clock;
    }

    @Override
    public String summary() {
        return "list, show or replay dead letters [--topic T] [--since TIME] [--filter TEXT] [--bootstrap HOST:PORT]";
    }

    @Override
    public int run(List<String> args) throws Exception {
        if (args.contains("--help") || args.contains("-h")) {
            out.println("usage: ./newsflow " + DlqOptions.USAGE);
            return 0;
        }
        DlqOptions options = DlqOptions.parse(args, clock);
        String bootstrap = options.bootstrap() != null ? options.bootstrap() : defaultBootstrap();
        List<StoredLetter> letters = new DeadLetterStore(bootstrap).read(options.topics())
                .stream().filter(options.filter()).toList();
        return switch (options.action()) {
            case "list" -> {
                LetterPrinter.table(letters, out);
                yield 0;
            }
            case "show" -> show(letters, options);
            default -> replay(letters, options, bootstrap);
        };
    }

    private int show(List<StoredLetter> letters, DlqOptions options) {
        String selector = options.selector();
        if (selector.matches("\\d+@\\d+")) {
            if (options.topics().size() != 1) {
                throw new UsageException("PARTITION@OFFSET needs exactly one --topic; or write TOPIC/PARTITION@OFFSET");
            }
            selector = options.topics().iterator().next() + "/" + selector;
        }
        String wanted = selector;
        List<StoredLetter> matching = letters.stream()
                .filter(s -> s.coordinates().equals(wanted) || wanted.equals(s.key())).toList();
        if (matching.isEmpty()) {
            out.println("no dead letter " + wanted + " in " + options.topics());
            return 1;
        }
        for (int i = 0; i < matching.size(); i++) {
            if (i > 0) {
                out.println("----");
            }
            LetterPrinter.full(matching.get(i), out);
        }
        return 0;
    }

    private int replay(List<StoredLetter> letters, DlqOptions options, String bootstrap) throws Exception {
        List<StoredLetter> replayable = new ArrayList<>();
        for (StoredLetter s : letters) {
            String why = s.unreplayableBecause();
            if (why == null) {
                replayable.add(s);
            } else {
                out.println("not replayable " + s.coordinates() + ": " + why);
            }
        }
        int notReplayable = letters.size() - replayable.size();
        Set<String> done = options.force() || replayable.isEmpty() ? Set.of() : ReplayLedger.replayed(bootstrap, replayable);
        List<StoredLetter> todo = replayable.stream().filter(s -> !done.contains(s.coordinates())).toList();
        if (!done.isEmpty()) {
            out.printf("skipping %d letter%s replayed before (--force replays them again)%n", done.size(), done.size() == 1 ? "" : "s");
        }
        if (todo.isEmpty()) {
            out.printf("nothing to replay. replayed=0 already_replayed=%d not_replayable=%d%n", done.size(), notReplayable);
            return 0;
        }
        Map<String, Integer> perTopic = new TreeMap<>();
        todo.forEach(s -> perTopic.merge(s.letter().originalTopic(), 1, Integer::sum));
        if (!options.yes() && !confirm(todo.size(), perTopic)) {
            out.println("aborted; nothing replayed");
            return 1;
        }
        List<String> landed = new Replayer(bootstrap, clock).replay(todo);
        for (int i = 0; i < todo.size(); i++) {
            out.printf("replayed %s (key %s) -> %s%n", todo.get(i).coordinates(), todo.get(i).key(), landed.get(i));
        }
        out.printf("replayed=%d already_replayed=%d not_replayable=%d%n", todo.size(), done.size(), notReplayable);
        return 0;
    }

    private boolean confirm(int count, Map<String, Integer> perTopic) throws IOException {
        out.printf("replay %d dead letter%s to %s? [y/N] ", count, count == 1 ? "" : "s", perTopic);
        out.flush();
        String answer = in.readLine();
        return answer != null && (answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes"));
    }

    private static String defaultBootstrap() throws IOException {
        return StackState.read().map(StackState::kafka).filter(k -> k != null && !k.isBlank()).orElse("localhost:9092");
    }
}

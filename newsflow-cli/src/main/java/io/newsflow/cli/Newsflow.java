package io.newsflow.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@code ./newsflow} command line. The bash launcher at the repository root builds the project if needed and runs
 * this class with the command and its arguments.
 */
public final class Newsflow {

    /** Sub-commands by name, in the order {@code help} lists them. */
    private static final Map<String, Supplier<Command>> COMMANDS = new LinkedHashMap<>();

    static {
        // Each command registers here with one line.
        COMMANDS.put("demo", io.newsflow.cli.stack.DemoCommand::new);
        COMMANDS.put("up", io.newsflow.cli.stack.UpCommand::new);
        COMMANDS.put("down", io.newsflow.cli.stack.DownCommand::new);
        COMMANDS.put("status", io.newsflow.cli.stack.StatusCommand::new);
        COMMANDS.put("supervise", io.newsflow.cli.stack.SuperviseCommand::new);
        COMMANDS.put("import", io.newsflow.cli.importing.ImportCommand::new);
        COMMANDS.put("tag", io.newsflow.cli.tagging.TagCommand::new);
        COMMANDS.put("eval", io.newsflow.cli.eval.EvalCommand::new);
        COMMANDS.put("train", io.newsflow.cli.tagging.TrainCommand::new);
        COMMANDS.put("bench", io.newsflow.cli.bench.BenchCommand::new);
        COMMANDS.put("migrate", io.newsflow.cli.migrate.MigrateCommand::new);
        COMMANDS.put("dlq", io.newsflow.cli.dlq.DlqCommand::new);
        COMMANDS.put("chaos", io.newsflow.cli.chaos.ChaosCommand::new);
    }

    private Newsflow() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code (used by commands that chain others, and by tests). */
    public static int run(String... args) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            printHelp();
            return args.length == 0 ? 2 : 0;
        }
        Supplier<Command> command = COMMANDS.get(args[0]);
        if (command == null) {
            System.err.println("newsflow: unknown command '" + args[0] + "'. Run ./newsflow help for the list.");
            return 2;
        }
        try {
            return command.get().run(List.of(Arrays.copyOfRange(args, 1, args.length)));
        } catch (UsageException e) {
            System.err.println("newsflow " + args[0] + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("newsflow " + args[0] + " failed: " + e);
            if (System.getenv("NEWSFLOW_DEBUG") != null) {
                e.printStackTrace();
            }
            return 1;
        }
    }

    private static void printHelp() {
        System.out.println("usage: ./newsflow COMMAND [ARGS]\n\ncommands:");
        COMMANDS.forEach((name, command) -> System.out.printf("  %-8s %s%n", name, command.get().summary()));
    }
}

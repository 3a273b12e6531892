package io.newsflow.cli.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.newsflow.cli.Command;
import io.newsflow.cli.UsageException;

/**
 * {@code ./newsflow up}: the same stack as the demo, in the background. A detached supervisor process owns Kafka,
 * Elasticsearch and the services; {@code down} stops it, and it stops them.
 */
public final class UpCommand implements Command {

    @Override
    public String summary() {
        return "start Kafka, Elasticsearch and the services in the background (stop with down)";
    }

    @Override
    public int run(List<String> args) throws Exception {
        StackOptions options = StackOptions.parse(args);
        if (!options.rest().isEmpty()) {
            throw new UsageException("unknown option(s) " + options.rest());
        }
        Optional<StackState> existing = StackState.read();
        if (existing.isPresent() && ProcessHandle.of(existing.get().pid()).map(ProcessHandle::isAlive).orElse(false)) {
            System.out.println("newsflow is already up (pid " + existing.get().pid() + "):\n" + existing.get().describe());
            return 0;
        }
        StackState.delete();
        Path log = RepoPaths.stateDir().resolve("logs").resolve("supervisor.log");
        List<String> command = new ArrayList<>(List.of("setsid", ServiceProcess.javaExecutable(), "-XX:+UseSerialGC",
                "-Dnewsflow.home=" + RepoPaths.root(), "-jar", cliJar(), "supervise"));
        command.addAll(options.toArgs());
        Process supervisor = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        System.out.println("Starting newsflow in the background (log: " + log + ")...");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            Optional<StackState> state = StackState.read();
            if (state.isPresent()) {
                System.out.println("newsflow is up:\n" + state.get().describe() + "\nStop it with ./newsflow down.");
                return 0;
            }
            if (supervisor.waitFor(500, TimeUnit.MILLISECONDS)) {
                System.err.println("newsflow failed to start; last lines of " + log + ":\n" + ServiceProcess.tail(log, 40));
                return 1;
            }
        }
        System.err.println("newsflow did not become ready in 4 minutes; see " + log + "; stopping it.");
        supervisor.destroy();
        return 1;
    }

    private static String cliJar() {
        Path jar = RepoPaths.root().resolve("newsflow-cli").resolve("target")
                .resolve("newsflow-cli-" + RepoPaths.version() + "-exec.jar");
        if (!jar.toFile().isFile()) {
            throw new UsageException(jar + " is missing: build first (./newsflow build)");
        }
        return jar.toString();
    }
}

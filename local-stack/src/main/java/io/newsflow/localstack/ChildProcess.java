package io.newsflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A server process we started, its descendants, and the log file its output goes to. */
final class ChildProcess {

    static final int LOG_TAIL_LINES = 30;
    private static final System.Logger LOG = System.getLogger(ChildProcess.class.getName());
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");
    /*
     * Children are started from one thread that lives as long as the JVM: setpriv's parent-death signal fires
     * when the *thread* that forked the child ends, and we want it to fire only when this JVM dies.
     */
    private static final ExecutorService LAUNCHER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "newsflow-local-stack-launcher");
        thread.setDaemon(true);
        return thread;
    });

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code command} with its output appended to {@code log}. {@code privileges} are setpriv options (e.g.
     * to run as another user); when setpriv exists the child also gets SIGTERM if this JVM dies.
     */
    static ChildProcess start(String name, List<String> command, List<String> privileges, Map<String, String> env,
            Path workDir, Path log) {
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(SETPRIV)) {
            full.add(SETPRIV.toString());
            full.addAll(privileges);
            full.addAll(List.of("--pdeathsig", "TERM", "--"));
        } else if (!privileges.isEmpty()) {
            throw new LocalStackException(name + " must run as another user but " + SETPRIV + " is missing"
                    + " (install util-linux)");
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        // options meant for the parent JVM (agents, debuggers) must not leak into the servers' JVMs
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS"));
        builder.environment().putAll(env);
        try {
            Files.writeString(log, "=== " + java.time.Instant.now() + " starting: " + String.join(" ", full) + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            return new ChildProcess(name, LAUNCHER.submit(builder::start).get(), log);
        } catch (ExecutionException e) {
            throw new LocalStackException("Cannot start " + name + ": " + e.getCause().getMessage(), e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + log, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted while starting " + name, e);
        }
    }

    /** Runs {@code command} to completion (e.g. a one-off tool), failing with the log tail on a non-zero exit. */
    static void run(String name, List<String> command, Path workDir, Path log, Duration timeout) {
        ChildProcess child = start(name, command, List.of(), Map.of(), workDir, log);
        try {
            if (!child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                child.kill();
                throw child.failure("did not finish within " + timeout);
            }
        } catch (InterruptedException e) {
            child.kill();
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted while running " + name, e);
        }
        if (child.process.exitValue() != 0) {
            throw child.failure("exited with code " + child.process.exitValue());
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** Waits until {@code ready} holds; fails fast if the process dies, and kills it on timeout. */
    void awaitReady(Duration timeout, BooleanSupplier ready) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        while (true) {
            if (ready.getAsBoolean()) {
                LOG.log(System.Logger.Level.INFO, "{0} ready in {1} ms (pid {2}, log {3})", name,
                        String.valueOf((System.nanoTime() - started) / 1_000_000), String.valueOf(process.pid()), log);
                return;
            }
            if (!process.isAlive()) {
                stop(Duration.ofSeconds(5));
                throw failure("exited with code " + process.exitValue() + " before it was ready");
            }
            if (System.nanoTime() > deadline) {
                stop(Duration.ofSeconds(10));
                throw failure("was not ready within " + timeout);
            }
            try {
                process.waitFor(250, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                stop(Duration.ofSeconds(10));
                Thread.currentThread().interrupt();
                throw new LocalStackException("Interrupted while waiting for " + name, e);
            }
        }
    }

    /** SIGTERM, then SIGKILL for whatever of the process tree is still alive after {@code grace}. */
    void stop(Duration grace) {
        List<ProcessHandle> tree = tree();
        process.toHandle().destroy();
        awaitExit(tree, grace);
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        awaitExit(tree, Duration.ofSeconds(10));
    }

    /** SIGKILL to the whole process tree, as a crash would. */
    void kill() {
        List<ProcessHandle> tree = tree();
        tree.forEach(ProcessHandle::destroyForcibly);
        awaitExit(tree, Duration.ofSeconds(10));
    }

    /** The process and its descendants, deepest last. */
    List<ProcessHandle> tree() {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        process.toHandle().descendants().forEach(tree::add);
        return tree;
    }

    LocalStackException failure(String what) {
        return new LocalStackException(name + " " + what + ". Log: " + log + "\n--- last " + LOG_TAIL_LINES
                + " lines ---\n" + tail(log, LOG_TAIL_LINES));
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    private static void awaitExit(List<ProcessHandle> handles, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle handle : handles) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                return;
            } catch (ExecutionException e) {
                // onExit never fails; nothing to wait for
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

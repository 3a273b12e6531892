package io.newsflow.cli.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time the JIT compiler threads (or the garbage collector's) of a JVM used so far, from {@code /proc} (Linux):
 * counted without attaching to the JVM. Zero where {@code /proc} is missing.
 */
public final class JitCpu {

    /** Clock ticks per second of {@code /proc/.../stat} times: 100 on every Linux this runs on. */
    private static final long TICKS_PER_SECOND = 100;

    private JitCpu() {
    }

    public static Duration of(long pid) {
        return ofThreads(pid, name -> name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre"));
    }

    /**
     * CPU time of the garbage collector's threads: the parallel collectors' workers, and the VM thread, where the
     * serial collector runs (with the few other safepoint operations).
     */
    public static Duration ofGc(long pid) {
        return ofThreads(pid, name -> name.startsWith("GC Thread") || name.startsWith("VM Thread"));
    }

    private static Duration ofThreads(long pid, java.util.function.Predicate<String> named) {
        long ticks = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                ticks += ticks(task, named);
            }
        } catch (IOException | RuntimeException e) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND);
    }

    private static long ticks(Path task, java.util.function.Predicate<String> named) {
        try {
            if (!named.test(Files.readString(task.resolve("comm")).strip())) {
                return 0;
            }
            String stat = Files.readString(task.resolve("stat"));
            // after "pid (comm) ": state is field 3, utime field 14, stime field 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0; // the thread ended meanwhile
        }
    }
}

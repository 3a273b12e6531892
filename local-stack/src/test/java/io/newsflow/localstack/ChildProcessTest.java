package io.newsflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

    @TempDir
    Path dir;

    @Test
    void processThatDiesBeforeReadyFailsWithExitCodeAndLogTail() {
        ChildProcess child = ChildProcess.start("failing server",
                List.of("sh", "-c", "echo starting; echo port taken >&2; exit 3"), List.of(), Map.of(), dir,
                dir.resolve("failing.log"));

        assertThatThrownBy(() -> child.awaitReady(Duration.ofSeconds(20), () -> false))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("failing server exited with code 3 before it was ready")
                .hasMessageContaining(dir.resolve("failing.log").toString())
                .hasMessageContaining("starting").hasMessageContaining("port taken");
    }

    @Test
    void processNotReadyInTimeIsStoppedAndReported() {
        ChildProcess child = ChildProcess.start("slow server", List.of("sleep", "60"), List.of(), Map.of(), dir,
                dir.resolve("slow.log"));

        assertThatThrownBy(() -> child.awaitReady(Duration.ofMillis(500), () -> false))
                .isInstanceOf(LocalStackException.class).hasMessageContaining("was not ready within PT0.5S");
        assertThat(child.isAlive()).isFalse();
    }

    @Test
    void stopEndsTheProcessAndItsDescendants() {
        ChildProcess child = ChildProcess.start("forking server",
                List.of("sh", "-c", "sleep 60 & sleep 60 & wait"), List.of(), Map.of(), dir, dir.resolve("fork.log"));
        child.awaitReady(Duration.ofSeconds(10), () -> child.tree().size() >= 3);
        List<ProcessHandle> tree = child.tree();

        child.stop(Duration.ofSeconds(1));

        assertThat(tree).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void killEndsTheProcessAndItsDescendants() {
        ChildProcess child = ChildProcess.start("forking server",
                List.of("sh", "-c", "sleep 60 & wait"), List.of(), Map.of(), dir, dir.resolve("kill.log"));
        child.awaitReady(Duration.ofSeconds(10), () -> child.tree().size() >= 2);
        List<ProcessHandle> tree = child.tree();

        child.kill();

        assertThat(tree).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void runFailsWithTheLogTailOnNonZeroExit() throws Exception {
        assertThatThrownBy(() -> ChildProcess.run("format tool", List.of("sh", "-c", "echo bad cluster id; exit 1"),
                dir, dir.resolve("tool.log"), Duration.ofSeconds(20)))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("format tool exited with code 1").hasMessageContaining("bad cluster id");
        assertThat(Files.readString(dir.resolve("tool.log"))).contains("starting: ");
    }

    @Test
    void logTailKeepsOnlyTheLastLines() throws Exception {
        Path log = dir.resolve("long.log");
        Files.write(log, java.util.stream.IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).toList());

        assertThat(ChildProcess.tail(log, 30).lines()).hasSize(30).first().isEqualTo("line 71");
    }
}

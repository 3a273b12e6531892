package io.newsflow.cli.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.newsflow.cli.UsageException;

/** Where the repository and the launcher's run-time state live. */
public final class RepoPaths {

    private RepoPaths() {
    }

    /** The repository root: {@code -Dnewsflow.home} (set by the launcher), else the nearest parent with the parent pom. */
    public static Path root() {
        String home = System.getProperty("newsflow.home", System.getProperty("newsflow.repo.root"));
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            try {
                if (Files.isRegularFile(pom) && Files.readString(pom).contains("<artifactId>newsflow-parent</artifactId>")) {
                    return dir;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new UsageException("cannot find the newsflow repository: run ./newsflow from the repository, or set -Dnewsflow.home");
    }

    /** {@code .newsflow/} under the root: logs, pid and state files of {@code up}/{@code demo}. */
    public static Path stateDir() {
        Path dir = root().resolve(".newsflow");
        try {
            Files.createDirectories(dir.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        return dir;
    }

    /** The project version the jars carry. */
    public static String version() {
        String version = RepoPaths.class.getPackage().getImplementationVersion();
        return version != null ? version : System.getProperty("newsflow.version", "0.1.0-SNAPSHOT");
    }
}

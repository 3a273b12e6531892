package io.newsflow.cli.compose;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root from a test: failsafe passes it, surefire runs in the module folder below it. */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Path find() {
        String configured = System.getProperty("newsflow.repo.root");
        if (configured != null && Files.isRegularFile(Path.of(configured, "docker-compose.yml"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No docker-compose.yml next to a pom.xml above " + Path.of("").toAbsolutePath());
    }
}

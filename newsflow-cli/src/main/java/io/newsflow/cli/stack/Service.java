package io.newsflow.cli.stack;

import java.nio.file.Path;

/** The three newsflow services, with their default HTTP ports. */
public enum Service {
    INGEST("ingest-service", 8081),
    TAGGER("tagger-service", 8082),
    INDEX("index-service", 8083);

    private final String module;
    private final int defaultPort;

    Service(String module, int defaultPort) {
        this.module = module;
        this.defaultPort = defaultPort;
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The Spring Boot executable jar that {@code mvn package} builds for this service. */
    public Path executableJar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target").resolve(module + "-" + RepoPaths.version() + "-exec.jar");
    }
}

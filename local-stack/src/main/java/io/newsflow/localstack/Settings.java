package io.newsflow.localstack;

import java.nio.file.Path;
import java.util.Optional;

/** Environment settings of local-stack; each may also be given as a system property. */
final class Settings {

    static final String CACHE_DIR = "NEWSFLOW_CACHE_DIR";
    static final String ES_JAVA_HOME = "NEWSFLOW_ES_JAVA_HOME";
    static final String ES_DISTRIBUTION = "NEWSFLOW_ES_DISTRIBUTION";
    static final String KAFKA_CLASSPATH = "NEWSFLOW_KAFKA_CLASSPATH";
    static final String ES_HEAP = "NEWSFLOW_ES_HEAP";
    static final String KAFKA_HEAP = "NEWSFLOW_KAFKA_HEAP";
    static final String STARTUP_TIMEOUT = "NEWSFLOW_STACK_STARTUP_TIMEOUT";

    private Settings() {
    }

    /** The value of {@code name} from the environment, else from the system property {@code newsflow.x.y}. */
    static Optional<String> get(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(propertyName(name));
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** {@code NEWSFLOW_CACHE_DIR} becomes {@code newsflow.cache.dir}. */
    static String propertyName(String envName) {
        return envName.toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }

    /** {@code NEWSFLOW_CACHE_DIR}, else {@code ~/.cache/newsflow}. */
    static Path cacheDir() {
        return get(CACHE_DIR).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".cache", "newsflow"))
                .toAbsolutePath().normalize();
    }
}

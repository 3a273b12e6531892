package io.newsflow.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds a Java runtime recent enough for Elasticsearch. */
final class JavaRuntimes {

    static final int ELASTICSEARCH_MINIMUM = 21;
    static final List<Path> SCAN_ROOTS = List.of(Path.of("/usr/lib/jvm"), Path.of("/opt/java"), Path.of("/opt"));
    private static final Pattern RELEASE_VERSION =
            Pattern.compile("^JAVA_VERSION=\"?(?:1\\.)?(\\d+)", Pattern.MULTILINE);

    private JavaRuntimes() {
    }

    /** The Java home for Elasticsearch on this machine, or a failure that says what to install. */
    static Path forElasticsearch() {
        return find(Settings.get(Settings.ES_JAVA_HOME).map(Path::of),
                Path.of(System.getProperty("java.home")), SCAN_ROOTS, ELASTICSEARCH_MINIMUM);
    }

    /**
     * An explicit home wins (and must be recent enough); else the running JVM when it qualifies; else the newest
     * qualifying JDK under the scan roots.
     */
    static Path find(Optional<Path> explicit, Path current, List<Path> scanRoots, int minimum) {
        if (explicit.isPresent()) {
            Path home = explicit.get();
            OptionalInt version = featureVersion(home);
            if (version.isEmpty()) {
                throw new LocalStackException(Settings.ES_JAVA_HOME + "=" + home + " is not a Java home (no bin/java"
                        + " and release file there)");
            }
            if (version.getAsInt() < minimum) {
                throw new LocalStackException(Settings.ES_JAVA_HOME + "=" + home + " is Java " + version.getAsInt()
                        + " but Elasticsearch needs Java " + minimum + " or newer");
            }
            return home;
        }
        if (featureVersion(current).orElse(0) >= minimum) {
            return current;
        }
        return candidates(scanRoots).stream()
                .filter(home -> featureVersion(home).orElse(0) >= minimum)
                .max(Comparator.comparingInt((Path home) -> featureVersion(home).orElse(0))
                        .thenComparing(Path::toString))
                .orElseThrow(() -> new LocalStackException("Elasticsearch needs Java " + minimum + " or newer, and none"
                        + " was found (looked at " + current + " and under " + scanRoots + "). Install one, e.g."
                        + " `apt-get install openjdk-" + minimum + "-jdk-headless` (or temurin-" + minimum + "-jdk from"
                        + " packages.adoptium.net), or point " + Settings.ES_JAVA_HOME + " at a JDK " + minimum + "+"));
    }

    /** The feature version (17, 21, 25) of the JDK at {@code home}, read from its {@code release} file. */
    static OptionalInt featureVersion(Path home) {
        if (!Files.isExecutable(home.resolve("bin/java"))) {
            return OptionalInt.empty();
        }
        try {
            Matcher matcher = RELEASE_VERSION.matcher(Files.readString(home.resolve("release")));
            return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    private static List<Path> candidates(List<Path> roots) {
        List<Path> homes = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> children = Files.list(root)) {
                children.filter(Files::isDirectory).forEach(homes::add);
            } catch (IOException e) {
                // an unreadable scan root just offers no candidates
            }
        }
        return homes;
    }
}

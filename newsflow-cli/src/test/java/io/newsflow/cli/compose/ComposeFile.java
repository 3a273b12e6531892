package io.newsflow.cli.compose;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml as SnakeYAML reads it (anchors and {@code <<} merges resolved), with accessors for the parts the
 * consistency checks read. The maps are mutable so that tests can break one thing and watch a check fail.
 */
final class ComposeFile {

    /** Label that marks a container that runs once and exits; it has no health check, dependents wait for it to end. */
    static final String ONE_SHOT_LABEL = "io.newsflow.one-shot";

    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{(\\w+)(?:(:?[-?])([^}]*))?}");

    private final Map<String, Object> document;

    private ComposeFile(Map<String, Object> document) {
        this.document = document;
    }

    static ComposeFile read(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new ComposeFile(new Yaml().load(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    Map<String, Map<String, Object>> services() {
        return map(document.get("services"));
    }

    Map<String, Object> service(String name) {
        Map<String, Object> service = services().get(name);
        if (service == null) {
            throw new IllegalArgumentException("docker-compose.yml has no service " + name);
        }
        return service;
    }

    /** Services built from this repository (they have a {@code build} section), by name. */
    Map<String, Map<String, Object>> builtServices() {
        Map<String, Map<String, Object>> built = new LinkedHashMap<>();
        services().forEach((name, service) -> {
            if (service.containsKey("build")) {
                built.put(name, service);
            }
        });
        return built;
    }

    boolean isOneShot(String name) {
        Object labels = service(name).get("labels");
        if (labels instanceof Map<?, ?> map) {
            return "true".equals(String.valueOf(map.get(ONE_SHOT_LABEL)));
        }
        return labels instanceof List<?> list && list.contains(ONE_SHOT_LABEL + "=true");
    }

    /** The environment as written (values may hold {@code ${VAR:-default}}), from the map or the list form. */
    Map<String, String> environment(String name) {
        Map<String, String> environment = new LinkedHashMap<>();
        Object raw = service(name).get("environment");
        if (raw instanceof Map<?, ?> map) {
            map.forEach((key, value) -> environment.put(String.valueOf(key), value == null ? "" : String.valueOf(value)));
        } else if (raw instanceof List<?> list) {
            for (Object entry : list) {
                String[] pair = String.valueOf(entry).split("=", 2);
                environment.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
        }
        return environment;
    }

    /** Dependencies with their condition; the short list form means {@code service_started}. */
    Map<String, String> dependsOn(String name) {
        Map<String, String> conditions = new LinkedHashMap<>();
        Object raw = service(name).get("depends_on");
        if (raw instanceof List<?> list) {
            list.forEach(dependency -> conditions.put(String.valueOf(dependency), "service_started"));
        } else if (raw instanceof Map<?, ?> map) {
            map.forEach((dependency, spec) -> conditions.put(String.valueOf(dependency),
                    spec instanceof Map<?, ?> s && s.get("condition") != null ? String.valueOf(s.get("condition"))
                            : "service_started"));
        }
        return conditions;
    }

    /** The health check command joined into one string, or null when there is none or it is disabled. */
    String healthcheck(String name) {
        if (!(service(name).get("healthcheck") instanceof Map<?, ?> healthcheck)
                || Boolean.TRUE.equals(healthcheck.get("disable")) || healthcheck.get("test") == null) {
            return null;
        }
        Object test = healthcheck.get("test");
        String command = test instanceof List<?> parts ? String.join(" ", parts.stream().map(String::valueOf).toList())
                : String.valueOf(test);
        return command.isBlank() || command.equals("NONE") ? null : command;
    }

    /** Published ports as {@code [host, container]} pairs; {@code "8081:8081"} and {@code "127.0.0.1:8081:8081/tcp"}. */
    List<String[]> ports(String name) {
        if (!(service(name).get("ports") instanceof List<?> ports)) {
            return List.of();
        }
        return ports.stream().map(port -> {
            if (port instanceof Map<?, ?> longForm) {
                return new String[] {String.valueOf(longForm.get("published")), String.valueOf(longForm.get("target"))};
            }
            String[] parts = String.valueOf(port).replaceAll("/(tcp|udp)$", "").split(":");
            String container = parts[parts.length - 1];
            return new String[] {parts.length > 1 ? parts[parts.length - 2] : container, container};
        }).toList();
    }

    Map<String, String> buildArgs(String name) {
        Map<String, String> args = new LinkedHashMap<>();
        if (service(name).get("build") instanceof Map<?, ?> build && build.get("args") instanceof Map<?, ?> map) {
            map.forEach((key, value) -> args.put(String.valueOf(key), String.valueOf(value)));
        }
        return args;
    }

    /** The Dockerfile of a built service, relative to the repository root. */
    Path dockerfile(Path root, String name) {
        Object build = service(name).get("build");
        if (build instanceof Map<?, ?> map) {
            Path context = root.resolve(map.get("context") == null ? "." : String.valueOf(map.get("context")));
            return context.resolve(map.get("dockerfile") == null ? "Dockerfile" : String.valueOf(map.get("dockerfile")))
                    .normalize();
        }
        return root.resolve(String.valueOf(build)).resolve("Dockerfile").normalize();
    }

    /** The value compose would use when the variable is not set in .env: {@code ${X:-3}} is 3, {@code ${X:?msg}} is X. */
    static String withDefaults(String value) {
        Matcher matcher = INTERPOLATION.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            boolean hasDefault = matcher.group(2) != null && matcher.group(2).endsWith("-");
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(hasDefault ? matcher.group(3) : "<" + matcher.group(1) + ">"));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> map(Object node) {
        return node instanceof Map<?, ?> map ? (Map<String, V>) map : Map.of();
    }
}

package io.newsflow.cli.compose;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * What a service module declares about itself: its artifact, its {@code application.yml} (flattened to dotted
 * keys) and the {@code @ConfigurationProperties} it and its newsflow dependencies bind.
 *
 * @param name           the Maven module (folder) name, which is also the compose service name
 * @param pom            its pom.xml
 * @param application    application.yml as {@code spring.kafka.bootstrap-servers -> localhost:9092}
 * @param ownProperties  the properties bound by its own code and the newsflow libraries it uses at run time
 */
record ServiceModule(String name, Pom pom, Map<String, String> application, PropertySurface ownProperties) {

    static ServiceModule load(Path root, String name) {
        Path dir = root.resolve(name);
        Pom pom = Pom.read(dir.resolve("pom.xml"));
        List<Path> sources = new ArrayList<>();
        sources.add(dir.resolve("src/main/java"));
        pom.runtimeDependencies("io.newsflow").forEach(dependency -> sources.add(root.resolve(dependency).resolve("src/main/java")));
        return new ServiceModule(name, pom, flatten(dir.resolve("src/main/resources/application.yml")),
                ConfigurationPropertiesScanner.scan(sources));
    }

    /** {@code server.port} from application.yml, or null when the module does not set one. */
    Integer serverPort() {
        String port = application.get("server.port");
        return port == null ? null : Integer.valueOf(port);
    }

    /** Whether application.yml configures anything under {@code prefix} (e.g. {@code spring.elasticsearch}). */
    boolean configures(String prefix) {
        return application.keySet().stream().anyMatch(key -> key.equals(prefix) || key.startsWith(prefix + "."));
    }

    static Map<String, String> flatten(Path yaml) {
        Map<String, String> flat = new LinkedHashMap<>();
        if (!Files.isRegularFile(yaml)) {
            return flat;
        }
        try (Reader reader = Files.newBufferedReader(yaml)) {
            for (Object document : new Yaml().loadAll(reader)) {
                flatten("", document, flat);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + yaml, e);
        }
        return flat;
    }

    private static void flatten(String prefix, Object node, Map<String, String> flat) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value, flat));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), flat);
            }
        } else if (!prefix.isEmpty()) {
            flat.put(prefix, String.valueOf(node));
        }
    }
}

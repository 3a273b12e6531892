package io.newsflow.cli.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The properties Spring Boot documents in the {@code META-INF/spring-configuration-metadata.json} files on the test
 * class path (which holds all three services and their starters), by name with their Java type.
 */
final class SpringBootMetadata {

    private final Map<String, String> types;

    private SpringBootMetadata(Map<String, String> types) {
        this.types = types;
    }

    static SpringBootMetadata load() {
        Map<String, String> types = new TreeMap<>();
        JsonMapper mapper = JsonMapper.builder().build();
        try {
            for (URL url : Collections.list(SpringBootMetadata.class.getClassLoader()
                    .getResources("META-INF/spring-configuration-metadata.json"))) {
                try (InputStream in = url.openStream()) {
                    for (JsonNode property : mapper.readTree(in).path("properties")) {
                        types.put(property.path("name").asString(), property.path("type").asString(""));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Spring Boot configuration metadata", e);
        }
        return new SpringBootMetadata(types);
    }

    /** The documented property that {@code variable} sets, or null. Map properties accept any key beneath them. */
    String propertyFor(String variable) {
        for (Map.Entry<String, String> property : types.entrySet()) {
            if (RelaxedBinding.binds(variable, property.getKey())
                    || property.getValue().startsWith("java.util.Map")
                    && RelaxedBinding.bindsBeneath(variable, property.getKey())) {
                return property.getKey();
            }
        }
        return null;
    }

    int size() {
        return types.size();
    }
}

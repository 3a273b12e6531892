package io.newsflow.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.newsflow.model.EventJson;
import tools.jackson.databind.JsonNode;

/** The Kibana saved objects at the repository root parse, link up, and only use fields the index maps. */
class KibanaSavedObjectsTest {

    private static final Path FILE = Path.of("..", "kibana", "newsflow-saved-objects.ndjson");
    private static final Pattern KQL_FIELD = Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*)\\s*(:|>=|<=|>|<)");

    private final JsonNode mappings = EventJson.mapper().readTree(IndexSchema.mappingsJson());

    @Test
    void everyLineIsASavedObjectAndEveryReferenceResolves() throws Exception {
        List<JsonNode> objects = objects();
        Set<String> ids = new HashSet<>();
        objects.forEach(o -> ids.add(o.get("type").asText() + ":" + o.get("id").asText()));

        assertThat(objects).extracting(o -> o.get("type").asText())
                .contains("index-pattern", "visualization", "search", "dashboard");
        for (JsonNode o : objects) {
            for (JsonNode ref : o.get("references")) {
                assertThat(ids).as(o.get("id") + " references " + ref)
                        .contains(ref.get("type").asText() + ":" + ref.get("id").asText());
            }
        }
    }

    @Test
    void everyReferencedFieldExistsInTheIndexMapping() throws Exception {
        List<String> fields = new ArrayList<>();
        for (JsonNode o : objects()) {
            JsonNode attributes = o.get("attributes");
            if (attributes.has("timeFieldName")) {
                fields.add(attributes.get("timeFieldName").asText());
            }
            if (attributes.has("visState")) {
                for (JsonNode agg : EventJson.mapper().readTree(attributes.get("visState").asText()).get("aggs")) {
                    if (agg.get("params").has("field")) {
                        fields.add(agg.get("params").get("field").asText());
                    }
                }
            }
            attributes.path("columns").forEach(c -> fields.add(c.asText()));
            attributes.path("sort").forEach(s -> fields.add(s.get(0).asText()));
            JsonNode source = attributes.path("kibanaSavedObjectMeta").path("searchSourceJSON");
            if (!source.isMissingNode()) {
                Matcher m = KQL_FIELD.matcher(EventJson.mapper().readTree(source.asText()).path("query")
                        .path("query").asText());
                while (m.find()) {
                    fields.add(m.group(1));
                }
            }
        }

        assertThat(fields).contains("published", "tags.tag", "organizations", "source", "shiftCount");
        assertThat(fields).allSatisfy(field -> assertThat(isMapped(field)).as(field + " is mapped").isTrue());
    }

    @Test
    void theMappingCheckRejectsUnknownFields() {
        assertThat(isMapped("tags.tag")).isTrue();
        assertThat(isMapped("organizations.lc")).isTrue();
        assertThat(isMapped("tags.nope")).isFalse();
        assertThat(isMapped("sentiment")).isFalse();
    }

    private boolean isMapped(String path) {
        JsonNode node = mappings;
        for (String part : path.split("\\.")) {
            JsonNode next = node.path("properties").path(part);
            if (next.isMissingNode()) {
                next = node.path("fields").path(part);
            }
            if (next.isMissingNode()) {
                return false;
            }
            node = next;
        }
        return true;
    }

    private static List<JsonNode> objects() throws Exception {
        List<JsonNode> objects = new ArrayList<>();
        for (String line : Files.readAllLines(FILE)) {
            if (!line.isBlank()) {
                objects.add(EventJson.mapper().readTree(line));
            }
        }
        return objects;
    }
}

package io.newsflow.index.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.util.BinaryData;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.newsflow.model.TaggedArticle;

/**
 * The article index: an index template with explicit mappings, versioned indices ({@code articles-v1},
 * {@code articles-v2}, ...) and the alias ({@code articles}) that every reader and writer uses. Mappings only use
 * analysers of the base distribution ({@code standard}), so they work on a minimal Elasticsearch as well as a full one.
 */
public final class IndexSchema {

    private static final Logger log = LoggerFactory.getLogger(IndexSchema.class);
    private static final String MAPPINGS_RESOURCE = "articles-mappings.json";
    private static final java.util.regex.Pattern VERSIONED = java.util.regex.Pattern.compile(".*-v(\\d+)");

    private final ElasticsearchClient client;
    private final IndexProperties properties;
    private final String mappings;

    public IndexSchema(ElasticsearchClient client, IndexProperties properties) {
        this.client = client;
        this.properties = properties;
        this.mappings = readMappings();
    }

    /** The schema with default settings and {@code alias} as the alias (e.g. {@code articles}). */
    public IndexSchema(ElasticsearchClient client, String alias) {
        this(client, IndexProperties.withAlias(alias));
    }

    /**
     * Puts the index template, then creates {@code <alias>-v<version>} behind the alias unless the alias exists.
     * Idempotent, and safe when several instances start at once.
     */
    public void ensureIndex() {
        try {
            putTemplate();
            if (client.indices().existsAlias(a -> a.name(writeAlias())).value()) {
                return;
            }
            if (client.indices().exists(e -> e.index(writeAlias())).value()) {
                throw new IllegalStateException("'" + writeAlias() + "' is a concrete index, not an alias: it was "
                        + "probably auto-created by a write before start-up. Run ./newsflow migrate or delete it.");
            }
            createVersion(properties.version(), true);
            log.info("Created index {} behind alias {}", indexName(properties.version()), writeAlias());
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch unreachable while creating the article index", e);
        }
    }

    /** The alias that indexing and search use, e.g. {@code articles}. */
    public String writeAlias() {
        return properties.alias();
    }

    /** The concrete index of mapping {@code version}, e.g. {@code articles-v2}. */
    public String indexName(int version) {
        return properties.alias() + "-v" + version;
    }

    /** The version of the index the alias points at, if the alias exists. */
    public Optional<Integer> currentVersion() {
        try {
            if (!client.indices().existsAlias(a -> a.name(writeAlias())).value()) {
                return Optional.empty();
            }
            return client.indices().getAlias(a -> a.name(writeAlias())).aliases().keySet().stream()
                    .map(VERSIONED::matcher)
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .max(Integer::compare);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Elasticsearch document of {@code article}: its own fields plus derived ones for filters and facets. */
    public Map<String, Object> toDocument(TaggedArticle article) {
        return ArticleDocuments.toDocument(article);
    }

    /** The same document as {@link #toDocument}, as the JSON a bulk request sends (cheaper to build than the map). */
    public BinaryData documentJson(TaggedArticle article) {
        return ArticleDocuments.toJson(article);
    }

    /** Deletes every version of the index, the alias with them, and the template (tests and evaluations). */
    public void deleteAll() {
        try {
            // Deleting by wildcard is refused by default (action.destructive_requires_name), so resolve names first.
            List<String> versions = List.copyOf(client.indices()
                    .get(g -> g.index(properties.alias() + "-v*").allowNoIndices(true)).indices().keySet());
            if (!versions.isEmpty()) {
                client.indices().delete(d -> d.index(versions));
            }
            client.indices().deleteIndexTemplate(d -> d.name(properties.alias() + "-template"));
        } catch (ElasticsearchException e) {
            if (e.status() != 404) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes everything indexed so far visible to search. */
    public void refresh() {
        try {
            client.indices().refresh(r -> r.index(writeAlias()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the index template that every {@code <alias>-v*} index is created from. */
    void putTemplate() throws IOException {
        client.indices().putIndexTemplate(t -> t
                .name(properties.alias() + "-template")
                .indexPatterns(properties.alias() + "-v*")
                .priority(100L)
                .template(m -> m
                        .settings(s -> s
                                .numberOfShards(String.valueOf(properties.shards()))
                                .numberOfReplicas(String.valueOf(properties.replicas())))
                        .mappings(TypeMapping.of(b -> b.withJson(new StringReader(mappings))))));
    }

    /** Creates the index of {@code version}; when {@code withAlias}, atomically behind the alias as write index. */
    void createVersion(int version, boolean withAlias) throws IOException {
        try {
            client.indices().create(c -> {
                c.index(indexName(version));
                if (withAlias) {
                    c.aliases(writeAlias(), a -> a.isWriteIndex(true));
                }
                return c;
            });
        } catch (ElasticsearchException e) {
            // Another instance won the race to create it; the alias it created is what we wanted.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    ElasticsearchClient client() {
        return client;
    }

    private static String readMappings() {
        try (InputStream in = IndexSchema.class.getResourceAsStream(MAPPINGS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + MAPPINGS_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mappings JSON of the template (for tools that check references to fields, e.g. Kibana objects). */
    public static String mappingsJson() {
        return readMappings();
    }
}

package io.newsflow.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;

import io.newsflow.index.schema.ArticleView;
import io.newsflow.index.schema.Fields;
import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;

/**
 * Full-text search with filters, facets and highlights. The text goes through {@code simple_query_string}, which
 * never fails on user syntax; near-duplicates are hidden unless asked for.
 */
public class SearchService {

    /** Facet name to the keyword field it counts. */
    static final Map<String, String> FACETS = facets();

    private final ElasticsearchClient client;
    private final String alias;

    public SearchService(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    public SearchResult search(SearchQuery query) {
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(alias)
                .query(query(query))
                .from((query.page() - 1) * query.size())
                .size(query.size())
                .trackTotalHits(t -> t.enabled(true))
                .source(s -> s.filter(f -> f.includes(ArticleView.SOURCE_FIELDS)));
        if (query.text() == null) {
            request.sort(s -> s.field(f -> f.field(Fields.PUBLISHED).order(SortOrder.Desc)));
        } else {
            // Html encoder: article text in fragments is escaped, so only our <em> tags are markup.
            request.highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<em>").postTags("</em>")
                    .fields(NamedValue.of(Fields.TITLE, HighlightField.of(f -> f.numberOfFragments(0))),
                            NamedValue.of(Fields.BODY, HighlightField.of(f -> f.fragmentSize(160)
                                    .numberOfFragments(2)))));
        }
        FACETS.forEach((name, field) ->
                request.aggregations(name, a -> a.terms(t -> t.field(field).size(query.facetSize()))));
        try {
            @SuppressWarnings("unchecked")
            SearchResponse<Map<String, Object>> response = client.search(request.build(),
                    (Class<Map<String, Object>>) (Class<?>) Map.class);
            List<SearchResult.Hit> hits = response.hits().hits().stream().map(SearchService::hit).toList();
            Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
            response.aggregations().forEach((name, aggregate) -> facets.put(name, facet(aggregate)));
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new SearchResult(total, query.page(), query.size(), hits, facets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole stored document of article {@code id}. */
    public Optional<Map<String, Object>> article(String id) {
        try {
            @SuppressWarnings("unchecked")
            GetResponse<Map<String, Object>> got = client.get(g -> g.index(alias).id(id),
                    (Class<Map<String, Object>>) (Class<?>) Map.class);
            return got.found() ? Optional.ofNullable(got.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Query query(SearchQuery q) {
        return Query.of(root -> root.bool(b -> {
            if (q.text() == null) {
                b.must(m -> m.matchAll(a -> a));
            } else {
                b.must(m -> m.simpleQueryString(s -> s.query(q.text())
                        .fields(Fields.TITLE + "^2", Fields.BODY, Fields.KEY_DETAILS)
                        .defaultOperator(Operator.And)
                        .flags(SimpleQueryStringFlag.And, SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not,
                                SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.Prefix,
                                SimpleQueryStringFlag.Precedence, SimpleQueryStringFlag.Whitespace,
                                SimpleQueryStringFlag.Escape)));
            }
            for (String entity : q.entities()) {
                String field = q.entityType() == null ? Fields.ENTITY_NAMES : Fields.of(q.entityType()) + ".lc";
                b.filter(f -> f.term(t -> t.field(field).value(entity.toLowerCase(Locale.ROOT))));
            }
            if (q.entityType() != null && q.entities().isEmpty()) {
                b.filter(f -> f.exists(e -> e.field(Fields.of(q.entityType()))));
            }
            if (!q.tags().isEmpty()) {
                b.filter(f -> f.terms(t -> t.field(Fields.TAG).terms(v -> v.value(values(q.tags())))));
            }
            if (!q.sources().isEmpty()) {
                b.filter(f -> f.terms(t -> t.field(Fields.SOURCE).terms(v -> v.value(values(q.sources())))));
            }
            if (q.language() != null) {
                b.filter(f -> f.term(t -> t.field(Fields.LANGUAGE).value(q.language())));
            }
            if (q.from() != null || q.to() != null) {
                b.filter(f -> f.range(r -> r.date(d -> {
                    d.field(Fields.PUBLISHED);
                    if (q.from() != null) {
                        d.gte(q.from().toString());
                    }
                    if (q.to() != null) {
                        d.lte(q.to().toString());
                    }
                    return d;
                })));
            }
            if (!q.includeDuplicates()) {
                b.mustNot(m -> m.term(t -> t.field(Fields.IS_DUPLICATE).value(true)));
            }
            return b;
        }));
    }

    private static SearchResult.Hit hit(Hit<Map<String, Object>> hit) {
        ArticleView a = ArticleView.fromSource(hit.source());
        Map<String, List<String>> entities = new LinkedHashMap<>();
        for (EntityType type : EntityType.values()) {
            List<String> names = a.entities().stream().filter(e -> e.type() == type).map(Entity::text).toList();
            if (!names.isEmpty()) {
                entities.put(type.name(), names);
            }
        }
        return new SearchResult.Hit(a.id(), a.title(), a.source(), a.url(), a.published(), a.tags(), entities,
                a.duplicateOf(), hit.score(), hit.highlight() == null ? Map.of() : hit.highlight());
    }

    private static List<SearchResult.FacetValue> facet(Aggregate aggregate) {
        List<SearchResult.FacetValue> values = new ArrayList<>();
        if (aggregate.isSterms()) {
            aggregate.sterms().buckets().array()
                    .forEach(b -> values.add(new SearchResult.FacetValue(b.key().stringValue(), b.docCount())));
        }
        return values;
    }

    private static List<FieldValue> values(List<String> values) {
        return values.stream().map(FieldValue::of).toList();
    }

    private static Map<String, String> facets() {
        Map<String, String> facets = new LinkedHashMap<>();
        for (EntityType type : EntityType.values()) {
            facets.put(Fields.of(type), Fields.of(type));
        }
        facets.put("tags", Fields.TAG);
        facets.put("sources", Fields.SOURCE);
        facets.put("languages", Fields.LANGUAGE);
        return facets;
    }
}

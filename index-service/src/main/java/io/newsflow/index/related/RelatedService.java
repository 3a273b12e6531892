package io.newsflow.index.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import io.newsflow.index.schema.ArticleView;
import io.newsflow.index.schema.Fields;
import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;

/**
 * Related coverage: the other articles of the same story. Elasticsearch proposes candidates (more_like_this on the
 * text, IDF-weighted shared entities, shared tags), near-duplicates collapsed to one per original; {@link Reranker}
 * combines the features with time distance in Java.
 */
public class RelatedService {

    private static final Map<EntityType, Float> TYPE_WEIGHT = Map.of(
            EntityType.ORGANIZATION, 1.0f, EntityType.PRODUCT, 1.2f, EntityType.PERSON, 1.0f,
            EntityType.LOCATION, 0.3f);
    private static final String TEXT = "text";
    private static final String ENTITIES = "entities";

    private final ElasticsearchClient client;
    private final String alias;
    private final RelatedProperties properties;
    private final Reranker reranker;

    public RelatedService(ElasticsearchClient client, String alias, RelatedProperties properties) {
        this.client = client;
        this.alias = alias;
        this.properties = properties;
        this.reranker = new Reranker(properties);
    }

    /** The largest {@code size} accepted. */
    public int maxSize() {
        return properties.maxSize();
    }

    /**
     * Up to {@code size} articles of the same story as {@code id}, best first, never the article itself, its
     * near-duplicates or the ids in {@code exclude}; empty when the article does not exist.
     */
    public Optional<List<RelatedArticle>> related(String id, int size, Set<String> exclude) {
        return find(id).map(self -> reranker.rank(self, candidates(self, exclude), size));
    }

    /**
     * The plain more_like_this baseline: Elasticsearch's default more_like_this parameters on title and body, no
     * entities, tags or reranking, with the same exclusions and collapsing.
     */
    public Optional<List<String>> moreLikeThisBaseline(String id, int size, Set<String> exclude) {
        return find(id).map(self -> search(self, exclude, Query.of(q -> q.moreLikeThis(m -> m
                        .fields(Fields.TITLE, Fields.BODY)
                        .like(l -> l.document(d -> d.index(alias).id(self.id())))
                        .queryName(TEXT))), size)
                .stream().map(c -> c.article().id()).toList());
    }

    Optional<ArticleView> find(String id) {
        try {
            @SuppressWarnings("unchecked")
            GetResponse<Map<String, Object>> got = client.get(g -> g.index(alias).id(id)
                    .sourceIncludes(ArticleView.SOURCE_FIELDS), (Class<Map<String, Object>>) (Class<?>) Map.class);
            return got.found() && got.source() != null ? Optional.of(ArticleView.fromSource(got.source()))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Reranker.Candidate> candidates(ArticleView self, Set<String> exclude) {
        Query query = Query.of(q -> q.bool(b -> {
            b.should(moreLikeThis(self)).minimumShouldMatch("1");
            if (!self.entities().isEmpty()) {
                b.should(entityOverlap(self));
            }
            if (!self.tags().isEmpty()) {
                b.should(s -> s.terms(t -> t.field(Fields.TAG).boost(0.5f)
                        .terms(v -> v.value(self.tags().stream().map(FieldValue::of).toList()))));
            }
            return b;
        }));
        return search(self, exclude, query, properties.candidates());
    }

    private List<Reranker.Candidate> search(ArticleView self, Set<String> exclude, Query query, int size) {
        String canonical = self.duplicateOf() != null ? self.duplicateOf() : self.id();
        List<FieldValue> excluded = new ArrayList<>();
        exclude.forEach(x -> excluded.add(FieldValue.of(x)));
        excluded.add(FieldValue.of(self.id()));
        excluded.add(FieldValue.of(canonical));
        Query bool = Query.of(q -> q.bool(b -> b
                .must(query)
                .mustNot(m -> m.terms(t -> t.field(Fields.CANONICAL_ID).terms(v -> v.value(excluded))))
                .mustNot(m -> m.terms(t -> t.field(Fields.ID).terms(v -> v.value(excluded))))));
        try {
            @SuppressWarnings("unchecked")
            SearchResponse<Map<String, Object>> response = client.search(s -> s.index(alias)
                    .query(bool)
                    .collapse(c -> c.field(Fields.CANONICAL_ID))
                    .size(size)
                    .includeNamedQueriesScore(true)
                    .source(src -> src.filter(f -> f.includes(ArticleView.SOURCE_FIELDS))),
                    (Class<Map<String, Object>>) (Class<?>) Map.class);
            List<Reranker.Candidate> candidates = new ArrayList<>();
            for (Hit<Map<String, Object>> hit : response.hits().hits()) {
                Map<String, Double> named = hit.matchedQueries() == null ? Map.of() : hit.matchedQueries();
                candidates.add(new Reranker.Candidate(ArticleView.fromSource(hit.source()),
                        named.getOrDefault(TEXT, 0.0), named.getOrDefault(ENTITIES, 0.0)));
            }
            return candidates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query moreLikeThis(ArticleView self) {
        return Query.of(q -> q.moreLikeThis(m -> m
                .fields(Fields.TITLE, Fields.BODY)
                .like(l -> l.document(d -> d.index(alias).id(self.id())))
                .minTermFreq(1)
                .minDocFreq(1)
                .maxQueryTerms(50)
                .minimumShouldMatch("10%")
                .queryName(TEXT)));
    }

    private Query entityOverlap(ArticleView self) {
        BoolQuery.Builder entities = new BoolQuery.Builder().queryName(ENTITIES);
        for (Entity e : self.entities()) {
            List<Query> forms = ArticleView.forms(e).stream()
                    .map(form -> Query.of(q -> q.term(t -> t.field(Fields.ENTITY_NAMES).value(form))))
                    .toList();
            entities.should(s -> s.disMax(d -> d.queries(forms).boost(TYPE_WEIGHT.get(e.type()))));
        }
        return Query.of(q -> q.bool(entities.build()));
    }
}

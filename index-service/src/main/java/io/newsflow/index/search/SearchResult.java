package io.newsflow.index.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of search results with facets over every match.
 *
 * @param total  number of matching articles
 * @param page   1-based page
 * @param size   hits per page
 * @param hits   the articles of this page
 * @param facets value counts by facet name ({@code persons}, {@code organizations}, {@code locations},
 *               {@code products}, {@code tags}, {@code sources}, {@code languages})
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets) {

    /**
     * @param id          article id
     * @param title       headline
     * @param source      outlet
     * @param url         canonical URL
     * @param published   publication time
     * @param tags        strategy-shift tags
     * @param entities    canonical entity names by type ({@code ORGANIZATION}, {@code PERSON}, ...)
     * @param duplicateOf id of the original when this is a near-duplicate
     * @param score       relevance (null when sorted by date)
     * @param highlights  matching fragments by field, query terms wrapped in {@code <em>}
     */
    public record Hit(String id, String title, String source, String url, Instant published, List<String> tags,
                      Map<String, List<String>> entities, String duplicateOf, Double score,
                      Map<String, List<String>> highlights) {
    }

    /** A facet value and how many matching articles carry it. */
    public record FacetValue(String value, long count) {
    }
}

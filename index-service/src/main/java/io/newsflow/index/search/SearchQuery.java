package io.newsflow.index.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.newsflow.index.web.BadRequestException;
import io.newsflow.index.web.Params;
import io.newsflow.model.EntityType;
import io.newsflow.model.StrategyTags;

/**
 * A validated search request.
 *
 * @param text              user query for {@code simple_query_string}, or null for "everything, newest first"
 * @param entities          entity names that must all be mentioned (any form, case-insensitive)
 * @param entityType        restricts {@code entities} to this type; alone, requires an entity of this type
 * @param tags              strategy-shift tags, any of them
 * @param sources           outlets, any of them
 * @param language          ISO 639-1 code
 * @param from              earliest publication time, inclusive
 * @param to                latest publication time, inclusive
 * @param page              1-based page
 * @param size              hits per page
 * @param includeDuplicates whether near-duplicates are listed too
 * @param facetSize         values per facet
 */
public record SearchQuery(String text, List<String> entities, EntityType entityType, List<String> tags,
                          List<String> sources, String language, Instant from, Instant to, int page, int size,
                          boolean includeDuplicates, int facetSize) {

    static final int MAX_SIZE = 100;
    /** Elasticsearch's default index.max_result_window. */
    static final int MAX_WINDOW = 10_000;
    static final int MAX_TEXT = 1_000;

    /** Validates raw parameters; throws {@link BadRequestException} listing every problem. */
    public static SearchQuery of(String text, List<String> entities, String entityType, List<String> tags,
                          List<String> sources, String language, String from, String to, int page, int size,
                          boolean includeDuplicates, int facetSize) {
        List<String> problems = new ArrayList<>();
        String q = text == null || text.isBlank() ? null : text.trim();
        if (q != null && q.length() > MAX_TEXT) {
            problems.add("parameter 'q': longer than " + MAX_TEXT + " characters");
        }
        EntityType type = null;
        if (entityType != null && !entityType.isBlank()) {
            try {
                type = EntityType.valueOf(entityType.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("parameter 'entityType': '" + entityType + "' is not one of "
                        + Arrays.toString(EntityType.values()));
            }
        }
        List<String> tagValues = Params.values(tags);
        tagValues.stream().filter(t -> !StrategyTags.isKnown(t))
                .forEach(t -> problems.add("parameter 'tag': '" + t + "' is not a known tag " + StrategyTags.ALL));
        Instant fromTime = Params.instant("from", from, false, problems);
        Instant toTime = Params.instant("to", to, true, problems);
        if (fromTime != null && toTime != null && fromTime.isAfter(toTime)) {
            problems.add("parameter 'from' is after 'to'");
        }
        if (page < 1) {
            problems.add("parameter 'page': must be at least 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add("parameter 'size': must be between 1 and " + MAX_SIZE);
        }
        if (page >= 1 && size >= 1 && (long) page * size > MAX_WINDOW) {
            problems.add("parameters 'page' and 'size': page * size must not exceed " + MAX_WINDOW
                    + "; narrow the query instead");
        }
        if (facetSize < 1 || facetSize > 100) {
            problems.add("parameter 'facetSize': must be between 1 and 100");
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        String lang = language == null || language.isBlank() ? null : language.trim().toLowerCase(Locale.ROOT);
        return new SearchQuery(q, Params.values(entities), type, tagValues, Params.values(sources), lang, fromTime,
                toTime, page, size, includeDuplicates, facetSize);
    }
}

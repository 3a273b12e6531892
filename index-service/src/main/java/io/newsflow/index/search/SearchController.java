package io.newsflow.index.search;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.newsflow.index.web.NotFoundException;

/** {@code GET /api/search} and {@code GET /api/articles/{id}}. */
@RestController
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    @Operation(summary = "Search articles",
            description = "Full-text search (simple_query_string syntax: + | - \"phrase\" prefix*) with filters, "
                    + "facets over all matches, highlights and pagination. Near-duplicates are hidden unless "
                    + "includeDuplicates=true.")
    SearchResult search(
            @Parameter(description = "query text; empty lists everything, newest first")
            @RequestParam(required = false) String q,
            @Parameter(description = "entity name the article must mention (any form, any case); repeatable")
            @RequestParam(required = false) List<String> entity,
            @Parameter(description = "PERSON, ORGANIZATION, LOCATION or PRODUCT")
            @RequestParam(required = false) String entityType,
            @Parameter(description = "strategy-shift tag, e.g. acquisition; repeatable (any of them)")
            @RequestParam(required = false) List<String> tag,
            @Parameter(description = "outlet name; repeatable (any of them)")
            @RequestParam(required = false) List<String> source,
            @RequestParam(required = false) String language,
            @Parameter(description = "earliest publication: YYYY-MM-DD or ISO-8601 instant")
            @RequestParam(required = false) String from,
            @Parameter(description = "latest publication: YYYY-MM-DD (whole day) or ISO-8601 instant")
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "10") int size,
            @RequestParam(defaultValue = "false") boolean includeDuplicates,
            @RequestParam(defaultValue = "10") int facetSize) {
        return search.search(SearchQuery.of(q, entity, entityType, tag, source, language, from, to, page, size,
                includeDuplicates, facetSize));
    }

    @GetMapping("/api/articles/{id}")
    @Operation(summary = "One indexed article", description = "The stored document: the tagged article plus derived "
            + "fields. 404 when no article has this id.")
    Map<String, Object> article(@PathVariable String id) {
        return search.article(id).orElseThrow(() -> new NotFoundException("no article with id '" + id + "'"));
    }
}

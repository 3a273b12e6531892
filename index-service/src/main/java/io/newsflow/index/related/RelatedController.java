package io.newsflow.index.related;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.newsflow.index.web.BadRequestException;
import io.newsflow.index.web.NotFoundException;

/** {@code GET /api/articles/{id}/related}. */
@RestController
class RelatedController {

    /** The response body. */
    record RelatedResponse(List<RelatedArticle> related) {
    }

    private final RelatedService related;

    RelatedController(RelatedService related) {
        this.related = related;
    }

    @GetMapping("/api/articles/{id}/related")
    @Operation(summary = "Related coverage", description = "Other articles of the same story, best first, without "
            + "the article, its near-duplicates or near-duplicates of the results; each with why it was chosen.")
    RelatedResponse related(@PathVariable String id, @RequestParam(defaultValue = "5") int size) {
        if (size < 1 || size > related.maxSize()) {
            throw new BadRequestException("parameter 'size': must be between 1 and " + related.maxSize());
        }
        return new RelatedResponse(related.related(id, size, Set.of())
                .orElseThrow(() -> new NotFoundException("no article with id '" + id + "'")));
    }
}

package io.newsflow.index.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.index.web.BadRequestException;
import io.newsflow.model.EntityType;

class SearchQueryTest {

    @Test
    void parsesDatesTypesAndTrimsValues() {
        SearchQuery q = SearchQuery.of("  elastic  ", List.of(" Meta ", ""), "organization", List.of("acquisition"),
                null, "EN", "2024-01-01", "2024-01-31", 2, 20, false, 5);

        assertThat(q.text()).isEqualTo("elastic");
        assertThat(q.entities()).containsExactly("Meta");
        assertThat(q.entityType()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(q.language()).isEqualTo("en");
        assertThat(q.from()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(q.to()).isEqualTo(Instant.parse("2024-01-31T23:59:59.999Z"));
    }

    @Test
    void listsEveryProblemAtOnce() {
        assertThatThrownBy(() -> SearchQuery.of(null, null, "company", List.of("merger"), null, null, "soon",
                "2024-01-01", 0, 500, false, 10))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.problems()).hasSize(5)
                        .anySatisfy(p -> assertThat(p).contains("'entityType'"))
                        .anySatisfy(p -> assertThat(p).contains("'tag'").contains("merger"))
                        .anySatisfy(p -> assertThat(p).contains("'from'"))
                        .anySatisfy(p -> assertThat(p).contains("'page'"))
                        .anySatisfy(p -> assertThat(p).contains("'size'")));
    }

    @Test
    void refusesPagesBeyondTheResultWindow() {
        assertThatThrownBy(() -> SearchQuery.of(null, null, null, null, null, null, null, null, 101, 100, false, 10))
                .hasMessageContaining("10000");
    }

    @Test
    void refusesAnInvertedDateRange() {
        assertThatThrownBy(() -> SearchQuery.of(null, null, null, null, null, null, "2024-02-01", "2024-01-01", 1, 10,
                false, 10)).hasMessageContaining("'from' is after 'to'");
    }
}

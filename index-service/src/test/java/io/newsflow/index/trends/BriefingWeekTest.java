package io.newsflow.index.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.index.schema.ArticleView;
import io.newsflow.index.web.BadRequestException;
import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;

class BriefingWeekTest {

    @Test
    void isoWeeksStartOnMondayAndWeekOneHoldsJanuaryFourth() {
        assertThat(BriefingService.monday("2024-W06")).isEqualTo(LocalDate.of(2024, 2, 5));
        assertThat(BriefingService.monday("2021-W01")).isEqualTo(LocalDate.of(2021, 1, 4));
        assertThat(BriefingService.monday("2020-W53")).isEqualTo(LocalDate.of(2020, 12, 28));
    }

    @Test
    void rejectsWeeksThatDoNotExist() {
        assertThatThrownBy(() -> BriefingService.monday("2021-W53")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("weeks 01 to 52");
        assertThatThrownBy(() -> BriefingService.monday("2021-07")).hasMessageContaining("ISO week");
        assertThatThrownBy(() -> BriefingService.monday(null)).isInstanceOf(BadRequestException.class);
    }

    @Test
    void groupsArticlesThatShareAnOrganisationAndAShift() {
        ArticleView deal = view("deal", List.of("Vela Motors", "Orbit Robotics"), "acquisition");
        ArticleView review = view("review", List.of("Orbit Robotics"), "acquisition");
        ArticleView cuts = view("cuts", List.of("Vela Motors"), "layoffs-restructuring");
        ArticleView other = view("other", List.of("Harbor Pay"), "acquisition");

        List<List<ArticleView>> stories = StoryGrouper.group(List.of(deal, cuts, review, other));

        assertThat(stories).extracting(s -> s.stream().map(ArticleView::id).toList())
                .containsExactly(List.of("deal", "review"), List.of("cuts"), List.of("other"));
    }

    private static ArticleView view(String id, List<String> orgs, String tag) {
        return new ArticleView(id, id, "src", "https://x.example/" + id, Instant.EPOCH, null,
                orgs.stream().map(o -> Entity.of(o, EntityType.ORGANIZATION)).toList(), List.of(tag));
    }
}

package io.newsflow.tagger.nlp.tags;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportingModeTest {

    @Test
    void readsDenialsSpeculationBackgroundAndQuotes() {
        assertThat(ReportingMode.of("The company denied it would exit the market.")).isEqualTo(ReportingMode.DENIED);
        assertThat(ReportingMode.of("The bank is said to be exploring a sale of the unit."))
                .isEqualTo(ReportingMode.SPECULATIVE);
        assertThat(ReportingMode.of("The move comes after last year's layoffs.")).isEqualTo(ReportingMode.BACKGROUND);
        assertThat(ReportingMode.of("\"We will cut costs,\" he said.")).isEqualTo(ReportingMode.QUOTED);
        assertThat(ReportingMode.of("The retailer will cut 3,000 jobs.")).isEqualTo(ReportingMode.REPORTED);
    }

    @Test
    void weighsAReportedMoveAboveEveryOtherMode() {
        for (ReportingMode mode : ReportingMode.values()) {
            assertThat(mode.weight()).isLessThanOrEqualTo(ReportingMode.REPORTED.weight());
        }
        assertThat(ReportingMode.DENIED.weight()).isLessThan(ReportingMode.SPECULATIVE.weight());
    }

    @Test
    void recallMakesBackgroundOnlyInTheCuesOwnClause() {
        String sentence = "The bank launched its first ad-supported account on Monday, as it looks for growth after "
                + "losing customers earlier this year.";

        assertThat(ReportingMode.of(sentence, sentence.indexOf("ad-supported"))).isEqualTo(ReportingMode.REPORTED);
        assertThat(ReportingMode.of(sentence, sentence.indexOf("losing"))).isEqualTo(ReportingMode.BACKGROUND);
        String fronted = "In March, the lab released the weights of its first model.";
        assertThat(ReportingMode.of(fronted, fronted.indexOf("released"))).isEqualTo(ReportingMode.BACKGROUND);
    }
}

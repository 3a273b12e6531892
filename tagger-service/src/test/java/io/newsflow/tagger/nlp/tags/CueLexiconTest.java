package io.newsflow.tagger.nlp.tags;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.model.StrategyTags;

class CueLexiconTest {

    private final CueLexicon cues = CueLexicon.loadDefault();

    @Test
    void aNegatedCueDoesNotCountButNoLongerDoes() {
        assertThat(cues.tagsCuedBy("The chief executive said he would not step down."))
                .doesNotContain(StrategyTags.LEADERSHIP_CHANGE);
        assertThat(cues.tagsCuedBy("The group has no plans to exit the market."))
                .doesNotContain(StrategyTags.MARKET_EXIT);
        assertThat(cues.tagsCuedBy("The chief executive will step down in May."))
                .contains(StrategyTags.LEADERSHIP_CHANGE);
        assertThat(cues.tagsCuedBy("The service will no longer be offered in Canada."))
                .contains(StrategyTags.MARKET_EXIT);
    }

    @Test
    void everyDaySensesOfCueWordsAreNotCues() {
        assertThat(cues.tagsCuedBy("Players who bought the game will receive extra items."))
                .doesNotContain(StrategyTags.ACQUISITION);
        assertThat(cues.tagsCuedBy("The miner took a $1.2 billion charge on the project."))
                .doesNotContain(StrategyTags.PRICING_CHANGE);
        assertThat(cues.tagsCuedBy("The plant replaces two coal-fired boilers.")).isEmpty();
    }

    @Test
    void aSaleOfAUnitToANamedBuyerCuesBothSides() {
        assertThat(cues.tagsCuedBy("The group agreed to sell its lighting arm to the investment firm Corbel Partners."))
                .contains(StrategyTags.DIVESTITURE, StrategyTags.ACQUISITION);
    }
}

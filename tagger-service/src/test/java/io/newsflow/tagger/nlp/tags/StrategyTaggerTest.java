package io.newsflow.tagger.nlp.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newsflow.model.StrategyTag;
import io.newsflow.model.StrategyTags;

class StrategyTaggerTest {

    private static final StrategyTagger TAGGER = StrategyTagger.loadDefault();

    private static List<String> tags(String title, String body) {
        return TAGGER.tag(AnalyzedTexts.of(title, body)).stream().map(StrategyTag::tag).toList();
    }

    @Test
    void tagsAReportedAcquisitionWithItsEvidenceSentence() {
        var text = AnalyzedTexts.of("Harbor Systems agrees to buy Quillbase for $2 billion",
                "Harbor Systems said on Monday it had agreed to acquire the database start-up Quillbase in a deal "
                        + "valued at $2 billion in cash.\n\nThe companies expect the deal to close next year.");

        List<StrategyTag> tags = TAGGER.tag(text);

        assertThat(tags).extracting(StrategyTag::tag).containsExactly(StrategyTags.ACQUISITION);
        assertThat(tags.get(0).confidence()).isBetween(StrategyTagger.THRESHOLD, 1.0);
        assertThat(tags.get(0).evidence()).contains("Harbor Systems agrees to buy Quillbase for $2 billion");
    }

    @Test
    void ignoresADeniedMarketExit() {
        assertThat(tags("Brightline Foods reports higher sales in Brazil",
                "Brightline Foods reported a 9% rise in quarterly sales on Tuesday.\n\nThe company denied a report "
                        + "that it would exit the Brazilian market, saying it had no plans to leave the country."))
                .doesNotContain(StrategyTags.MARKET_EXIT);
    }

    @Test
    void ignoresLayoffsMentionedAsBackground() {
        assertThat(tags("Corvid Software unveils a new design tool",
                "Corvid Software on Thursday unveiled a design tool for small teams with a faster editor.\n\n"
                        + "The launch comes after last year's layoffs, which affected about 1,000 workers."))
                .doesNotContain(StrategyTags.LAYOFFS_RESTRUCTURING);
    }

    @Test
    void findsSeveralShiftsInOneArticle() {
        assertThat(tags("Orbital Cloud raises $300 million and names a new chief executive",
                "Orbital Cloud has raised $300 million in a Series D round led by investors including Northgate "
                        + "Capital, valuing the company at $4 billion.\n\nThe board also appointed its operations "
                        + "chief, Lena Ortiz, as chief executive, replacing co-founder Sam Reyes, who stepped down."))
                .contains(StrategyTags.FUNDING_ROUND, StrategyTags.LEADERSHIP_CHANGE);
    }

    @Test
    void readsStoppingWeightReleasesAsClosingUpNotOpeningUp() {
        assertThat(tags("Lumen Labs will stop publishing its model weights",
                "Lumen Labs said on Wednesday it will stop publishing the weights of its language models, and its "
                        + "next model will only be available through a paid API."))
                .contains(StrategyTags.OPEN_TO_PROPRIETARY).doesNotContain(StrategyTags.PROPRIETARY_TO_OPEN);
    }

    @Test
    void findsEveryShiftOfAHeadlineThatReportsSeveral() {
        assertThat(tags("Castell completes purchase of Brio and will cut 900 jobs",
                "Castell said on Monday it had completed its purchase of the accounting software maker Brio."))
                .contains(StrategyTags.ACQUISITION, StrategyTags.LAYOFFS_RESTRUCTURING);
    }

    @Test
    void investorNamesEndingInPartnersAreNoPartnership() {
        assertThat(tags("Vela Robotics raises $120 million",
                "Vela Robotics has raised $120 million in a Series B round led by Harbourline Partners.\n\n"
                        + "Existing investors including Crestmoor Venture Partners also took part."))
                .containsExactly(StrategyTags.FUNDING_ROUND);
    }

    @Test
    void reportsNothingForAnArticleWithoutAStrategyShift() {
        assertThat(tags("Tidewater Labs shares rise after strong quarter",
                "Shares of Tidewater Labs rose 4% on Wednesday after the company reported revenue above analyst "
                        + "expectations.\n\nThe company will hold its developer conference in Lisbon next month."))
                .isEmpty();
    }

    @Test
    void aModelWrittenByTrainCanBeLoadedAndTagsTheSame(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("strategy.bin");

        StrategyTagger.train(model);
        var text = AnalyzedTexts.of("Meridian Motors to cut 4,000 jobs in restructuring",
                "Meridian Motors will cut about 4,000 jobs as part of a restructuring of its European business.");

        assertThat(StrategyTagger.load(model).tag(text)).extracting(StrategyTag::tag)
                .isEqualTo(TAGGER.tag(text).stream().map(StrategyTag::tag).toList())
                .contains(StrategyTags.LAYOFFS_RESTRUCTURING);
    }
}

package io.newsflow.tagger.nlp.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.model.FigureKind;
import io.newsflow.model.KeyFigure;
import io.newsflow.tagger.nlp.tags.AnalyzedTexts;

class KeyFigureExtractorTest {

    private final KeyFigureExtractor extractor = new KeyFigureExtractor();

    private List<String> texts(String sentence) {
        return extractor.extract(sentence).stream().map(KeyFigure::text).toList();
    }

    @Test
    void findsMoneyInAnyCurrencyIncludingRanges() {
        assertThat(extractor.extract("The group expects to spend $115–135 billion, up from €1.8 billion and £60 "
                + "million, while the device costs 29,999 yuan or CA$7.99 a month."))
                .extracting(KeyFigure::text, KeyFigure::kind)
                .containsExactly(tuple("$115–135 billion", FigureKind.MONEY), tuple("€1.8 billion", FigureKind.MONEY),
                        tuple("£60 million", FigureKind.MONEY), tuple("29,999 yuan", FigureKind.MONEY),
                        tuple("CA$7.99", FigureKind.MONEY));
    }

    @Test
    void findsPercentagesAndMultipliers() {
        assertThat(extractor.extract("Shares fell 17% and margins reached 90 percent, as the model trained "
                + "50-100 times faster on about seven times the data."))
                .extracting(KeyFigure::text, KeyFigure::kind)
                .containsExactly(tuple("17%", FigureKind.PERCENT), tuple("90 percent", FigureKind.PERCENT),
                        tuple("50-100 times", FigureKind.MULTIPLIER), tuple("seven times", FigureKind.MULTIPLIER));
    }

    @Test
    void keepsTheNounOfHeadlineQuantities() {
        assertThat(texts("The app has 3.3 billion users and 700 million monthly active users, and the company "
                + "will cut 18,000 roles and close 5,000 open positions."))
                .containsExactly("3.3 billion users", "700 million monthly active users", "18,000 roles",
                        "5,000 open positions");
    }

    @Test
    void reportsLargeBareNumbersWithoutANoun() {
        assertThat(texts("Corporate staff is estimated at roughly 300,000, or about 6% of that group."))
                .containsExactly("300,000", "6%");
    }

    @Test
    void ignoresDatesYearsDurationsVersionsAndProductNumbers() {
        assertThat(texts("On July 12, 2023, Office 365 and GPT-4 users of version 7.11 got 90 days to move "
                + "to the iPhone 15, ten years after it was founded in 2012.")).isEmpty();
    }

    @Test
    void reportsEachFigureOnceWithItsFirstSentence() {
        var text = AnalyzedTexts.of("Buyer agrees to pay $27.7 billion",
                "The deal is worth $27.7 billion in cash and stock.\n\nIt is the largest deal of the year.");

        List<KeyFigure> figures = extractor.extract(text);

        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("$27.7 billion");
            assertThat(f.sentence()).isEqualTo("Buyer agrees to pay $27.7 billion");
        });
    }

    @Test
    void figureTextIsAnExactSubstringOfItsSentence() {
        var text = AnalyzedTexts.of("Title", "Revenue rose 12% to $4.5bn while the firm shipped 2 million "
                + "units.\n\nIt plans 3x growth.");

        assertThat(extractor.extract(text)).isNotEmpty()
                .allSatisfy(f -> assertThat(f.sentence()).contains(f.text()))
                .extracting(KeyFigure::text).containsExactly("12%", "$4.5bn", "2 million units", "3x");
    }
}

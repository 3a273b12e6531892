package io.newsflow.tagger.nlp.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.tagger.nlp.AnalyzedSentence;
import io.newsflow.tagger.nlp.tags.AnalyzedTexts;

class KeyDetailSelectorTest {

    private static final String BODY = String.join("\n\n",
            "Northwind Energy said on Monday it would build a $3 billion battery plant in Ohio, its largest "
                    + "investment to date.",
            "The plant will employ about 2,500 people and start production in 2027, chief executive Mara Lind said.",
            "\"We are very excited,\" a spokesperson said.",
            "The weather was mild.",
            "Analysts said the move would help Northwind Energy compete with Asian suppliers on cost.",
            "Northwind Energy shares rose 4% in afternoon trading.",
            "The company was founded in 1998.",
            "Local officials welcomed the decision.");

    private final KeyDetailSelector selector = new KeyDetailSelector();

    @Test
    void selectsThreeToFiveBodySentencesVerbatimInArticleOrder() {
        var text = AnalyzedTexts.of("Northwind Energy to build $3 billion battery plant in Ohio", BODY);
        List<String> body = text.body().stream().map(AnalyzedSentence::text).toList();

        List<String> details = selector.select(text, List.of(Entity.of("Northwind Energy", EntityType.ORGANIZATION),
                Entity.of("Ohio", EntityType.LOCATION)));

        assertThat(details).hasSizeBetween(3, 5);
        assertThat(body).containsAll(details);
        assertThat(details).isSortedAccordingTo((a, b) -> Integer.compare(body.indexOf(a), body.indexOf(b)));
    }

    @Test
    void prefersTheLedeAndFactsOverQuotesAndFiller() {
        var text = AnalyzedTexts.of("Northwind Energy to build $3 billion battery plant in Ohio", BODY);

        List<String> details = selector.select(text, List.of());

        assertThat(details.get(0)).startsWith("Northwind Energy said on Monday");
        assertThat(details).doesNotContain("The weather was mild.", "\"We are very excited,\" a spokesperson said.");
    }

    @Test
    void returnsNothingForAnEmptyBody() {
        assertThat(selector.select(AnalyzedTexts.of("Only a title", ""), List.of())).isEmpty();
    }
}

package io.newsflow.tagger.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;

class EntityFinderTest {

    private static final NlpModels MODELS = NlpModels.loadDefault();
    private static final TextAnalyzer ANALYZER = new TextAnalyzer(MODELS);
    private static final EntityFinder FINDER = new EntityFinder(MODELS);

    private static List<Entity> find(String title, String body) {
        return FINDER.find(ANALYZER.analyze(title, body, "en"));
    }

    private static Entity named(List<Entity> entities, String text) {
        return entities.stream().filter(e -> e.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not found in " + entities));
    }

    @Test
    void foldsShortFormsIntoOneEntityWithAliasesAndMentionCount() {
        List<Entity> entities = find("Meta Platforms cuts prices",
                "Meta Platforms said on Monday that it would cut prices. Meta's chief executive Mark Zuckerberg "
                        + "said the change was overdue. Zuckerberg added that Meta would keep investing.");

        assertThat(named(entities, "Meta Platforms").aliases()).containsExactly("Meta");
        assertThat(named(entities, "Meta Platforms").mentions()).isEqualTo(4);
        assertThat(named(entities, "Mark Zuckerberg").aliases()).containsExactly("Zuckerberg");
        assertThat(named(entities, "Mark Zuckerberg").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void resolvesAcronymsOfNamesNoListKnows() {
        List<Entity> entities = find("",
                "The Northland Markets Authority opened an inquiry on Friday. The NMA said it would report in June.");

        assertThat(entities).extracting(Entity::text, Entity::type, Entity::aliases)
                .contains(tuple("Northland Markets Authority", EntityType.ORGANIZATION, List.of("NMA")));
    }

    @Test
    void findsUnknownNamesAndTypesThemByContext() {
        List<Entity> entities = find("",
                "Brightwater Capital led the round, said Lena Okonkwo, a partner at the firm. The startup will open "
                        + "an office in Tromsø next year and launch its Quillmate app in the spring.");

        assertThat(entities).extracting(Entity::text, Entity::type).contains(
                tuple("Brightwater Capital", EntityType.ORGANIZATION),
                tuple("Lena Okonkwo", EntityType.PERSON),
                tuple("Tromsø", EntityType.LOCATION),
                tuple("Quillmate", EntityType.PRODUCT));
    }

    @Test
    void dropsCalendarWordsNationalitiesTitlesAndSentenceInitialWords() {
        List<Entity> entities = find("", "Analysts expect a recovery in March. Chinese and European buyers returned "
                + "on Monday, the Chief Financial Officer said. Starting next year, AI features will cost more.");

        assertThat(entities).isEmpty();
    }

    @Test
    void keepsProductVersionsAndPossessivesApart() {
        List<Entity> entities = find("", "Google's Gemini rivals GPT-4o and Llama 3.1, while McDonald's sold more "
                + "Big Macs in Japan.");

        assertThat(entities).extracting(Entity::text, Entity::type).contains(
                tuple("Google", EntityType.ORGANIZATION),
                tuple("Gemini", EntityType.PRODUCT),
                tuple("GPT-4o", EntityType.PRODUCT),
                tuple("Llama 3.1", EntityType.PRODUCT),
                tuple("McDonald's", EntityType.ORGANIZATION),
                tuple("Japan", EntityType.LOCATION));
    }

    @Test
    void findsOnlyListedNamesInOtherLanguages() {
        List<Entity> entities = FINDER.find(ANALYZER.analyze("", "Das Unternehmen Brennwerk aus München verhandelt "
                + "mit Siemens über eine Partnerschaft.", "de"));

        assertThat(entities).extracting(Entity::text).containsExactly("Siemens");
    }
}

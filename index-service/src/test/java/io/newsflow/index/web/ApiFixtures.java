package io.newsflow.index.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.model.StrategyTag;
import io.newsflow.model.TaggedArticle;

/**
 * A small invented news world: one acquisition story (three articles and a syndicated copy), an older story about
 * the same buyer (the same-company distractor) and an unrelated funding round in the same week.
 */
final class ApiFixtures {

    private ApiFixtures() {
    }

    static List<TaggedArticle> articles() {
        List<TaggedArticle> all = new ArrayList<>();
        all.add(article("deal-1", "Harbor Street Journal", "2024-02-05T09:00:00Z",
                "Vela Motors agrees to buy Orbit Robotics for $2 billion",
                "Vela Motors said on Monday it agreed to buy Orbit Robotics, the warehouse robot maker, for $2 billion "
                        + "in cash. Chief executive Mara Lind said the Orbit Robotics arms would move Vela Motors "
                        + "into automated logistics. Orbit Robotics shareholders get a 30% premium.",
                List.of(Entity.of("Vela Motors", EntityType.ORGANIZATION),
                        Entity.of("Orbit Robotics", EntityType.ORGANIZATION),
                        Entity.of("Mara Lind", EntityType.PERSON)),
                List.of("acquisition"), null));
        all.add(article("deal-1-copy", "Lakeside Wire", "2024-02-05T11:30:00Z",
                "Vela Motors to acquire Orbit Robotics in $2 billion deal",
                "Vela Motors said on Monday it agreed to buy Orbit Robotics, the warehouse robot maker, for $2 billion "
                        + "in cash. Chief executive Mara Lind said the Orbit Robotics arms would move Vela Motors "
                        + "into automated logistics.",
                List.of(Entity.of("Vela Motors", EntityType.ORGANIZATION),
                        Entity.of("Orbit Robotics", EntityType.ORGANIZATION),
                        Entity.of("Mara Lind", EntityType.PERSON)),
                List.of("acquisition"), "deal-1"));
        all.add(article("deal-2", "Northgate Business Review", "2024-02-07T15:00:00Z",
                "Regulators open review of the Orbit Robotics takeover",
                "Competition regulators in Brussels opened a review of the Orbit Robotics takeover by Vela Motors. "
                        + "The warehouse robot deal worth $2 billion could reduce competition in automated logistics, "
                        + "the regulator said. Orbit Robotics declined to comment.",
                List.of(Entity.of("Orbit Robotics", EntityType.ORGANIZATION),
                        Entity.of("Vela Motors", EntityType.ORGANIZATION),
                        Entity.of("Brussels", EntityType.LOCATION)),
                List.of("regulatory-action", "acquisition"), null));
        all.add(article("deal-3", "The Byteline", "2024-03-20T08:00:00Z",
                "Vela Motors closes Orbit Robotics deal after approval",
                "Vela Motors completed its purchase of Orbit Robotics after regulators approved the warehouse robot "
                        + "deal. Mara Lind said the robot arms will ship with Vela Motors logistics vans this year.",
                List.of(Entity.of("Vela Motors", EntityType.ORGANIZATION),
                        Entity.of("Orbit Robotics", EntityType.ORGANIZATION),
                        Entity.of("Mara Lind", EntityType.PERSON)),
                List.of("acquisition"), null));
        all.add(article("vela-cuts", "Harbor Street Journal", "2022-06-01T10:00:00Z",
                "Vela Motors cuts 900 jobs at its Detroit van plant",
                "Vela Motors will cut 900 jobs at its Detroit van plant as demand for delivery vans slows, the company "
                        + "said. The carmaker will move the remaining workers to two shifts.",
                List.of(Entity.of("Vela Motors", EntityType.ORGANIZATION),
                        Entity.of("Detroit", EntityType.LOCATION)),
                List.of("layoffs-restructuring"), null));
        all.add(article("bank-round", "Lakeside Wire", "2024-02-08T12:00:00Z",
                "Harbor Pay raises $80 million to expand card processing",
                "Payments start-up Harbor Pay raised $80 million from investors led by Quay Capital to expand its card "
                        + "processing in Europe.",
                List.of(Entity.of("Harbor Pay", EntityType.ORGANIZATION),
                        Entity.of("Quay Capital", EntityType.ORGANIZATION),
                        Entity.of("Europe", EntityType.LOCATION)),
                List.of("funding-round"), null));
        return all;
    }

    static TaggedArticle article(String id, String source, String published, String title, String body,
                                 List<Entity> entities, List<String> tags, String duplicateOf) {
        return new TaggedArticle(1, id, "https://" + source.toLowerCase().replace(' ', '-') + ".example/" + id,
                source, title, body, Instant.parse(published), "en", entities,
                tags.stream().map(t -> new StrategyTag(t, 0.9, List.of(title))).toList(), List.of(), List.of(),
                duplicateOf, 1L, Instant.parse(published));
    }
}

package io.newsflow.cli.chaos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsflow.model.Article;
import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.model.EventJson;
import io.newsflow.model.TaggedArticle;
import io.newsflow.model.Topics;

/**
 * Poison mixed into a stream of good articles: through HTTP what users can send (invalid JSON, missing fields, a
 * 5 MB body, invalid UTF-8, deeply nested HTML), and straight onto the internal topics what only a broken upstream
 * could write (wrong schema version, missing fields, bytes that are not UTF-8 or not JSON, a tagged article with
 * 10,000 entities). Whatever ingest takes must be indexed; everything else must be on a dead-letter topic with a
 * reason; the good articles sent after the poison must be indexed.
 */
final class PoisonScenario {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private final ChaosRig rig;
    private final ChaosOptions options;

    PoisonScenario(ChaosRig rig, ChaosOptions options) {
        this.rig = rig;
        this.options = options;
    }

    ScenarioResult run(String name) throws Exception {
        String prefix = "chaos-" + name + "-";
        Set<String> accepted = new HashSet<>();
        Set<String> poison = new HashSet<>();
        List<String> good = SyntheticNews.articles("chaos-" + name, options.articles());
        int half = good.size() / 2;
        int sent = post(good.subList(0, half), accepted);

        Map<String, byte[]> overHttp = new LinkedHashMap<>();
        overHttp.put(prefix + "bad-json", ("{\"id\":\"" + prefix + "bad-json\",\"title\":\"Unfinished").getBytes(StandardCharsets.UTF_8));
        overHttp.put(prefix + "missing-fields", ("{\"id\":\"" + prefix + "missing-fields\",\"source\":\"chaos.example\"}").getBytes(StandardCharsets.UTF_8));
        overHttp.put(prefix + "huge-body", article(prefix + "huge-body", "A very long story", "word ".repeat(1_000_000)));
        overHttp.put(prefix + "bad-utf8", invalidUtf8Article(prefix + "bad-utf8"));
        overHttp.put(prefix + "nested-html", article(prefix + "nested-html", "Nested markup survives",
                "<div>".repeat(5_000) + "Kalomer Systems said on Monday it would sell its cloud unit in Lisbon." + "</div>".repeat(5_000)));
        for (Map.Entry<String, byte[]> entry : overHttp.entrySet()) {
            Intake.Outcome outcome = rig.intake().post(entry.getValue(), PATIENCE);
            String status = outcome.statusById().getOrDefault(entry.getKey(), "rejected");
            if (outcome.status() < 300 && Intake.taken(status)) {
                accepted.add(entry.getKey()); // ingest chose to take it (e.g. repaired text): it must then be indexed
            } else {
                poison.add(entry.getKey());
            }
            sent++;
        }

        Article valid = EventJson.fromJson(good.get(0), Article.class);
        Instant now = Instant.parse("2025-06-01T08:00:00Z");
        String wrongVersion = prefix + "wrong-schema";
        sent += raw(poison, Topics.ARTICLES, wrongVersion, EventJson.toBytes(new Article(99, wrongVersion,
                "https://chaos.example/x", "chaos.example", "From the future", "A body.", now, "en", null, 0)));
        String noTitle = prefix + "no-title";
        sent += raw(poison, Topics.ARTICLES, noTitle, ("{\"schemaVersion\":1,\"id\":\"" + noTitle
                + "\",\"url\":\"https://chaos.example/t\",\"body\":\"No title here.\"}").getBytes(StandardCharsets.UTF_8));
        String notUtf8 = prefix + "raw-bad-utf8";
        sent += raw(poison, Topics.ARTICLES, notUtf8, invalidUtf8Article(notUtf8));
        String notJson = prefix + "not-json";
        sent += raw(poison, Topics.RAW_ITEMS, notJson, ("not json at all \"" + notJson + "\" <xml/>").getBytes(StandardCharsets.UTF_8));
        String manyEntities = prefix + "10k-entities";
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            entities.add(Entity.of("Company " + i, EntityType.ORGANIZATION));
        }
        sent += raw(poison, Topics.TAGGED_ARTICLES, manyEntities, EventJson.toBytes(new TaggedArticle(1, manyEntities,
                valid.url() + "?e", valid.source(), valid.title(), valid.body(), valid.published(), "en", entities,
                List.of(), List.of(), List.of(), null, 0, now)));
        String taggedFuture = prefix + "tagged-wrong-schema";
        sent += raw(poison, Topics.TAGGED_ARTICLES, taggedFuture, EventJson.toBytes(new TaggedArticle(99, taggedFuture,
                valid.url() + "?f", valid.source(), valid.title(), valid.body(), valid.published(), "en", List.of(),
                List.of(), List.of(), List.of(), null, 0, now)));

        Instant poisoned = Instant.now();
        sent += post(good.subList(half, good.size()), accepted);
        return new Audit(rig.ledger(), options.recoveryTimeout()).settle(name, prefix, sent, accepted, poison, poisoned);
    }

    private int post(List<String> articles, Set<String> accepted) throws InterruptedException {
        for (int from = 0; from < articles.size(); from += 5) {
            rig.intake().postArticles(articles.subList(from, Math.min(articles.size(), from + 5)), PATIENCE).statusById()
                    .forEach((id, status) -> {
                        if (Intake.taken(status)) {
                            accepted.add(id);
                        }
                    });
        }
        return articles.size();
    }

    private int raw(Set<String> poison, String topic, String marker, byte[] value) throws Exception {
        rig.sendRaw(topic, marker, value);
        poison.add(marker);
        return 1;
    }

    private static byte[] article(String id, String title, String body) {
        Map<String, String> article = new LinkedHashMap<>();
        article.put("id", id);
        article.put("source", "chaos.example");
        article.put("url", "https://chaos.example/poison/" + id);
        article.put("published", "2025-06-01T09:00:00Z");
        article.put("language", "en");
        article.put("title", title);
        article.put("body", body);
        return EventJson.toBytes(article);
    }

    /** A JSON article whose title holds bytes that are not UTF-8 (a lone continuation byte, a truncated sequence). */
    private static byte[] invalidUtf8Article(String id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("{\"schemaVersion\":1,\"id\":\"" + id + "\",\"source\":\"chaos.example\",\"url\":\"https://chaos.example/u/"
                + id + "\",\"published\":\"2025-06-01T09:00:00Z\",\"language\":\"en\",\"title\":\"Broken ").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {(byte) 0x80, (byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        out.writeBytes(" bytes\",\"body\":\"The encoder of this feed is broken.\"}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}

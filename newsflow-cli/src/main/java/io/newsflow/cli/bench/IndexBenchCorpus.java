package io.newsflow.cli.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.model.StrategyTag;
import io.newsflow.model.TaggedArticle;
import io.newsflow.model.Topics;

/** Synthetic tagged articles of a given length for the index benchmark: seeded, so every run indexes the same text. */
final class IndexBenchCorpus {

    private static final String[] WORDS = ("the a of to and in on for with by from at as that this it its was were is are "
            + "be has have had said says will would could should company market shares revenue profit quarter year "
            + "billion million percent growth sales customers product products service platform software hardware cloud "
            + "chip chips data model models open source licence license strategy plan plans board chief executive officer "
            + "analyst analysts investors price prices cost costs deal merger acquisition partner partnership launch "
            + "launched release released report reported expects expected forecast guidance demand supply factory plant "
            + "region country government regulator regulators court ruling policy rules new old first last next major "
            + "minor global local national industry sector energy battery vehicle vehicles electric network networks "
            + "security privacy users subscription advertising retail store stores online digital mobile phone devices "
            + "research development team teams jobs workers union talks agreement contract shift move change decision")
            .split(" ");
    private static final String[] SOURCES = {"Example Wire", "Daily Ledger", "Harbor Times", "Tech Bulletin", "Market Post"};
    private static final String[] ORGS = {"Acme Robotics", "Northwind Systems", "Globex", "Initech", "Umbrella Energy"};
    private static final String[] PEOPLE = {"Dana Whitfield", "Ravi Menon", "Lena Okafor", "Tomas Berg"};

    private IndexBenchCorpus() {
    }

    static List<TaggedArticle> articles(String idPrefix, int count, int words, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        List<TaggedArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = idPrefix + i;
            String org = ORGS[random.nextInt(ORGS.length)];
            String person = PEOPLE[random.nextInt(PEOPLE.length)];
            List<StrategyTag> tags = random.nextInt(4) == 0
                    ? List.of(new StrategyTag("open-to-proprietary", 0.8, List.of(org + " will close its source code.")))
                    : List.of();
            articles.add(new TaggedArticle(Topics.SCHEMA_VERSION, id, "https://bench.example.com/" + id,
                    SOURCES[random.nextInt(SOURCES.length)], sentence(random, 10), body(random, words),
                    base.plusSeconds(i * 60L), "en",
                    List.of(Entity.of(org, EntityType.ORGANIZATION), Entity.of(person, EntityType.PERSON)), tags,
                    List.of(), List.of(), null, 1, base.plusSeconds(i * 60L + 5)));
        }
        return articles;
    }

    private static String body(SplittableRandom random, int words) {
        StringBuilder body = new StringBuilder(words * 8);
        for (int written = 0; written < words; written += 15) {
            body.append(sentence(random, Math.min(15, words - written))).append(' ');
        }
        return body.toString().strip();
    }

    private static String sentence(SplittableRandom random, int words) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            sentence.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            sentence.append(w == words - 1 ? "." : " ");
        }
        return sentence.toString();
    }
}

package io.newsflow.cli.chaos;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.newsflow.model.EventJson;

/**
 * Generated articles in the intake format, each with its own made-up company, people and numbers, so that
 * de-duplication sees distinct stories and every id must come out of Elasticsearch exactly once.
 */
final class SyntheticNews {

    private static final String[] SYLLABLES = {"ka", "lo", "mer", "vin", "tra", "sol", "den", "qui", "ra", "bex",
        "tor", "ni", "gal", "fen", "dro", "lu", "sa", "mok", "zen", "pi"};
    private static final String[] CITIES = {"Lisbon", "Oslo", "Denver", "Osaka", "Nairobi", "Lyon", "Perth", "Quito"};
    private static final String[] VERBS = {"acquire", "spin off", "shut down", "open-source", "license", "relaunch"};

    private SyntheticNews() {
    }

    /** {@code count} articles as JSON objects, ids {@code prefix-0 ...}; the same arguments give the same articles. */
    static List<String> articles(String prefix, int count) {
        Random random = new Random(prefix.hashCode());
        Instant published = Instant.parse("2025-06-01T08:00:00Z");
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String company = name(random) + " " + (random.nextBoolean() ? "Systems" : "Holdings");
            String person = capital(name(random)) + " " + capital(name(random));
            String city = CITIES[random.nextInt(CITIES.length)];
            String verb = VERBS[random.nextInt(VERBS.length)];
            String product = capital(name(random)) + " " + (1 + random.nextInt(9));
            int jobs = 100 + random.nextInt(9000);
            int millions = 10 + random.nextInt(990);
            String title = company + " plans to " + verb + " " + product + " (" + prefix + " " + i + ")";
            String body = company + " said on Monday it would " + verb + " " + product + ", a unit with " + jobs
                    + " staff in " + city + ". Chief executive " + person + " told analysts the move would save $"
                    + millions + " million a year. " + name(random) + " " + name(random) + " " + name(random)
                    + " were named as possible buyers. The shares of " + company + " rose " + (1 + random.nextInt(15))
                    + "% in " + city + " after the announcement, and " + person + " said more changes would follow"
                    + " before the end of the year. Reference " + prefix + "-" + i + ".";
            Map<String, String> article = new LinkedHashMap<>();
            article.put("id", prefix + "-" + i);
            article.put("source", "chaos.example");
            article.put("url", "https://chaos.example/" + prefix + "/" + i);
            article.put("published", published.plus(i, ChronoUnit.MINUTES).toString());
            article.put("language", "en");
            article.put("title", title);
            article.put("body", body);
            out.add(EventJson.toJson(article));
        }
        return out;
    }

    private static String name(Random random) {
        StringBuilder b = new StringBuilder();
        int parts = 2 + random.nextInt(2);
        for (int i = 0; i < parts; i++) {
            b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return capital(b.toString());
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}

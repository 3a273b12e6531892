package io.newsflow.tagger.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.newsflow.model.Entity;

/**
 * Entity precision, recall and F1 as the corpus README defines them: a system entity matches an unmatched gold entity
 * when its normalised text equals the gold text or an alias (and, typed, the type is the same); micro-averaged.
 */
final class EntityScore {

    private int system;
    private int gold;
    private int matchedUntyped;
    private int matchedTyped;
    final List<String> misses = new ArrayList<>();

    void add(String id, List<Entity> found, List<GoldArticles.GoldEntity> expected) {
        system += found.size();
        gold += expected.size();
        matchedUntyped += match(id, found, expected, false);
        matchedTyped += match(id, found, expected, true);
    }

    private int match(String id, List<Entity> found, List<GoldArticles.GoldEntity> expected, boolean typed) {
        boolean[] used = new boolean[expected.size()];
        int matched = 0;
        for (Entity e : found) {
            String text = normalize(e.text());
            boolean hit = false;
            for (int i = 0; i < expected.size() && !hit; i++) {
                GoldArticles.GoldEntity g = expected.get(i);
                if (!used[i] && (normalize(g.text()).equals(text)
                        || g.aliases().stream().map(EntityScore::normalize).anyMatch(text::equals))
                        && (!typed || g.type().equals(e.type().name()))) {
                    used[i] = true;
                    hit = true;
                    matched++;
                }
            }
            if (!typed && !hit) {
                misses.add(id + " extra   " + e.type() + " " + e.text() + " " + e.aliases());
            }
        }
        if (!typed) {
            for (int i = 0; i < expected.size(); i++) {
                if (!used[i]) {
                    misses.add(id + " missed  " + expected.get(i).type() + " " + expected.get(i).text());
                }
            }
        } else {
            for (Entity e : found) {
                expected.stream().filter(g -> normalize(g.text()).equals(normalize(e.text()))
                        && !g.type().equals(e.type().name())).forEach(g -> misses.add(id + " mistyped "
                        + e.text() + " " + e.type() + " (gold " + g.type() + ")"));
            }
        }
        return matched;
    }

    static String normalize(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip()
                .replaceAll("[\u2018\u2019\u201b`]", "'").replaceAll("[\u201c\u201d]", "\"")
                .replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2212]", "-");
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    double f1(boolean typed) {
        double matched = typed ? matchedTyped : matchedUntyped;
        double p = system == 0 ? 0 : matched / system;
        double r = gold == 0 ? 0 : matched / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "system %d gold %d | untyped P %.3f R %.3f F1 %.3f | typed P %.3f R %.3f F1 %.3f",
                system, gold, (double) matchedUntyped / system, (double) matchedUntyped / gold, f1(false),
                (double) matchedTyped / system, (double) matchedTyped / gold, f1(true));
    }
}

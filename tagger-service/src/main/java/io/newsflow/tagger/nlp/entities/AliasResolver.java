package io.newsflow.tagger.nlp.entities;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;

/**
 * Folds an article's mentions into distinct entities: the same known name under any listed form ("AWS" / "Amazon Web
 * Services"), a surname after the full name, an acronym of a longer name ("CMA"), a company name without its "Group"
 * or "Technologies", and a product without its brand ("DocumentDB" after "Amazon DocumentDB").
 */
final class AliasResolver {

    private static final class Group {
        final List<Mention> mentions = new ArrayList<>();
        final boolean known;

        Group(boolean known) {
            this.known = known;
        }

        String text() {
            int longest = mentions.stream().mapToInt(Mention::length).max().orElse(0);
            return mentions.stream().filter(m -> !m.weak() && m.length() == longest).findFirst()
                    .orElse(mentions.get(0)).text();
        }

        String[] words() {
            return text().split("\\s+");
        }

        /** The gazetteer's type if any form is known, else the vote of the longest forms (surnames alone are weak). */
        EntityType type() {
            int longest = mentions.stream().mapToInt(Mention::length).max().orElse(0);
            Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
            for (Mention m : mentions) {
                votes.merge(m.type(), m.known() ? 100 : m.length() == longest ? 2 : 1, Integer::sum);
            }
            EntityType best = mentions.get(0).type();
            for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
                if (e.getValue() > votes.get(best)) {
                    best = e.getKey();
                }
            }
            return best;
        }

        boolean onlyWeak() {
            return mentions.stream().allMatch(Mention::weak);
        }
    }

    List<Entity> resolve(List<Mention> mentions) {
        Map<String, String> knownKeys = new java.util.HashMap<>();
        for (Mention m : mentions) {
            if (m.known()) {
                knownKeys.putIfAbsent(Gazetteer.normalize(m.text()), "K:" + m.canonical());
            }
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String key = m.known() ? "K:" + m.canonical()
                    : knownKeys.getOrDefault(Gazetteer.normalize(m.text()), "T:" + Gazetteer.normalize(m.text()));
            groups.computeIfAbsent(key, k -> new Group(m.known())).mentions.add(m);
        }
        List<Group> all = new ArrayList<>(groups.values());
        all.removeIf(Group::onlyWeak);
        List<Group> merged = new ArrayList<>();
        for (Group g : all) {
            Group target = g.known && g.type() != EntityType.PERSON ? null : longerForm(g, all);
            if (target == null) {
                merged.add(g);
            }
        }
        for (Group g : all) {
            if (!merged.contains(g)) {
                Group target = g;
                while (!merged.contains(target)) {
                    target = longerForm(target, all);
                }
                target.mentions.addAll(g.mentions);
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Group g : merged) {
            String text = g.text();
            Set<String> aliases = new LinkedHashSet<>();
            for (Mention m : g.mentions) {
                if (!m.text().equals(text)) {
                    aliases.add(m.text());
                }
            }
            out.add(new Entity(text, g.type(), List.copyOf(aliases), g.mentions.size()));
        }
        return out;
    }

    /** The group that {@code g} is a short form of, or null. */
    private static Group longerForm(Group g, List<Group> all) {
        String[] words = g.words();
        String text = g.text();
        for (Group other : all) {
            String[] full = other.words();
            if (other == g || full.length <= words.length) {
                continue;
            }
            EntityType type = other.type();
            if (type == EntityType.PERSON && words.length == 1
                    && (full[full.length - 1].equals(text) || full[0].equals(text) && !g.known)) {
                return other;
            }
            if (g.known) {
                continue;
            }
            if (words.length == 1 && isAcronym(text) && text.equals(initials(full))) {
                return other;
            }
            if (type == EntityType.ORGANIZATION && startsWith(full, words) && designators(full, words.length)) {
                return other;
            }
            if (endsWith(full, words) && type != EntityType.PERSON && type != EntityType.LOCATION) {
                return other;
            }
        }
        return null;
    }

    private static boolean isAcronym(String text) {
        return text.length() >= 2 && text.length() <= 6 && text.chars().allMatch(Character::isUpperCase);
    }

    private static String initials(String[] words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    private static boolean startsWith(String[] full, String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (!full[i].equals(words[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(String[] full, String[] words) {
        int offset = full.length - words.length;
        for (int i = 0; i < words.length; i++) {
            if (!full[offset + i].equals(words[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean designators(String[] full, int from) {
        for (int i = from; i < full.length; i++) {
            if (!Cues.ORGANIZATION_HEADS.contains(full[i]) && !full[i].equals("Platforms")) {
                return false;
            }
        }
        return true;
    }
}

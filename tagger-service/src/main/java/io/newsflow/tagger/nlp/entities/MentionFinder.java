package io.newsflow.tagger.nlp.entities;

import java.util.ArrayList;
import java.util.List;

import io.newsflow.model.EntityType;

/**
 * Finds the name mentions of one sentence: the {@link DictionaryMatcher}'s gazetteer names and runs of capitalised
 * tokens no list knows, joined over connectors and hyphens and trimmed of titles. Unknown runs come back with a null type for {@link ContextTyper}.
 */
final class MentionFinder {

    private final Gazetteer gazetteer;
    private final DictionaryMatcher dictionary;

    MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.dictionary = new DictionaryMatcher(gazetteer);
    }

    List<Mention> find(int index, SentenceTokens s, boolean english) {
        List<Mention> known = dictionary.find(index, s);
        if (!english) {
            return known;
        }
        List<Mention> out = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < s.size(); ) {
            int end = chunkEnd(s, i);
            if (end == i) {
                while (k < known.size() && known.get(k).first() <= i) {
                    if (known.get(k).first() == i) {
                        out.add(known.get(k));
                        i = known.get(k).end() - 1;
                    }
                    k++;
                }
                i++;
                continue;
            }
            List<Mention> inside = new ArrayList<>();
            while (k < known.size() && known.get(k).first() < end) {
                inside.add(known.get(k++));
            }
            if (!inside.isEmpty() && inside.get(inside.size() - 1).end() > end) {
                end = inside.get(inside.size() - 1).end();
            }
            out.addAll(resolveChunk(index, s, i, end, inside));
            i = end;
        }
        return out;
    }

    /** End of the run of name-like tokens starting at {@code i} (joined by connectors), or {@code i} if none starts. */
    private int chunkEnd(SentenceTokens s, int i) {
        if (!startsName(s, i)) {
            return i;
        }
        int end = i + 1;
        while (end < s.size() && !s.possessive(end - 1)) {
            int head = designatorAhead(s, end);
            if (head > end) {
                end = head;
            } else if (continuesName(s, end) || s.versionLike(end) && end - i <= 3 && !s.pos(end - 1).equals("CD")) {
                end++;
            } else if (end + 1 < s.size() && isHyphen(s.core[end]) && s.touchesNext(end - 1) && s.touchesNext(end)
                    && s.nameLike(end + 1)) {
                end += 2;
            } else if (Cues.CONNECTORS.contains(s.core[end]) && joinable(s, i, end)) {
                end += s.core[end + 1].equals("the") ? 3 : 2;
            } else {
                break;
            }
        }
        return end;
    }

    /** "Northland Markets Authority": ordinary capitalised words that lead to a designator belong to the name. */
    private int designatorAhead(SentenceTokens s, int from) {
        for (int i = from; i < Math.min(s.size(), from + 3) && s.nameLike(i) && !s.blocked[i]; i++) {
            if (Cues.ORGANIZATION_HEADS.contains(s.core[i]) && i > from) {
                return i + 1;
            }
            if (s.possessive(i)) {
                break;
            }
        }
        return from;
    }

    /** Inside a name, designators that are never names alone still belong to it ("Nordvik Capital"). */
    private boolean continuesName(SentenceTokens s, int i) {
        return startsName(s, i) || s.nameLike(i) && !s.blocked[i] && (Cues.ORGANIZATION_HEADS.contains(s.core[i])
                || Cues.LOCATION_HEADS.contains(s.core[i]) || Cues.PRODUCT_HEADS.contains(s.core[i])
                || DictionaryMatcher.MODIFIERS.contains(s.core[i]));
    }

    private boolean startsName(SentenceTokens s, int i) {
        String token = s.core[i];
        int hyphen = token.indexOf('-');
        return s.nameLike(i) && !s.blocked[i] && !gazetteer.isNonEntity(token) && !s.pos(i).equals("CD")
                && (hyphen < 0 || !gazetteer.isNonEntity(token.substring(0, hyphen))); // "Japanese-language"
    }

    private static boolean isHyphen(String token) {
        return token.equals("-") || token.equals("\u2010") || token.equals("\u2011");
    }

    /** Joins "Department of Justice" and "Open Distro for Elasticsearch" but not "Google and Microsoft". */
    private boolean joinable(SentenceTokens s, int first, int connector) {
        int next = connector + 1;
        if (next < s.size() && s.core[next].equals("the") && !s.core[connector].equals("the")) {
            next++;
        }
        if (next >= s.size() || !startsName(s, next) || s.core[connector].equals("the")) {
            return false;
        }
        String word = s.core[connector];
        String previous = s.core[connector - 1];
        if (word.equals("of")) {
            return Cues.INSTITUTIONS.contains(previous) || Cues.LOCATION_HEADS.contains(previous);
        }
        if (word.equals("&")) {
            return true;
        }
        if (word.equals("and") && Cues.ORGANIZATION_HEADS.contains(previous)) {
            return false; // "Hoshino Bank and Minato Trust" are two names
        }
        if (word.equals("and")) {
            int end = next;
            while (end < s.size() && startsName(s, end)) {
                end++;
            }
            return Cues.ORGANIZATION_HEADS.contains(s.core[end - 1]) && end - next < 3;
        }
        if (word.equals("for") || word.equals("on")) {
            return connector - first >= 2;
        }
        return true;
    }

    /** Splits or keeps a capitalised run against the gazetteer names inside it. */
    private List<Mention> resolveChunk(int index, SentenceTokens s, int first, int end, List<Mention> inside) {
        // trim titles and other never-entity words at the edges ("Chief Executive Tim Cook")
        while (first < end && (gazetteer.isNonEntity(s.core[first]) || Cues.HONORIFICS.contains(s.core[first]))
                && (inside.isEmpty() || inside.get(0).first() > first)) {
            first++;
        }
        // "Opening Grok to developers, ...": a sentence-initial verb form is not part of the name after it
        if (end - first > 1 && s.sentenceInitial(first) && s.core[first].endsWith("ing") && s.core[first].length() > 5
                && !gazetteer.isFirstName(s.core[first]) && (inside.isEmpty() || inside.get(0).first() > first)) {
            first++;
        }
        if (first < end && Cues.NOT_NAME_HEADS.contains(s.core[end - 1])) {
            return List.of();
        }
        while (end > first && (gazetteer.isNonEntity(s.core[end - 1]) || Cues.CONNECTORS.contains(s.core[end - 1]))
                && (inside.isEmpty() || inside.get(inside.size() - 1).end() < end)
                && !Cues.ORGANIZATION_HEADS.contains(s.core[end - 1])
                && !(end - first > 1 && (Cues.PRODUCT_HEADS.contains(s.core[end - 1]) || DictionaryMatcher.MODIFIERS.contains(s.core[end - 1])))) {
            end--;
        }
        if (first >= end) {
            return inside;
        }
        int covered = inside.stream().mapToInt(Mention::length).sum();
        if (!inside.isEmpty() && (covered == end - first || splitsAtNonEntity(s, first, end, inside))) {
            return inside;
        }
        String text = s.surface(first, end);
        if (inside.size() == 1 && inside.get(0).first() == first && inside.get(0).end() == end) {
            return inside;
        }
        EntityType type = null;
        if (!inside.isEmpty() && inside.get(0).first() == first && inside.get(0).type() == EntityType.ORGANIZATION
                && !Cues.ORGANIZATION_HEADS.contains(s.core[end - 1]) && end - inside.get(0).end() <= 3) {
            type = EntityType.PRODUCT; // brand + name: "Google Domains", "Meta AI"
        }
        return List.of(new Mention(index, first, end, text, type, null, false, false));
    }

    private boolean splitsAtNonEntity(SentenceTokens s, int first, int end, List<Mention> inside) {
        for (int i = first; i < end; i++) {
            int t = i;
            boolean inKnown = inside.stream().anyMatch(m -> m.first() <= t && t < m.end());
            if (!inKnown && !s.nameLike(i) && !Cues.CONNECTORS.contains(s.core[i]) && !isHyphen(s.core[i])
                    && !s.versionLike(i)) {
                return true;
            }
        }
        return false;
    }
}

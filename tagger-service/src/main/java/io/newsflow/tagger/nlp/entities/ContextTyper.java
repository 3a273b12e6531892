package io.newsflow.tagger.nlp.entities;

import io.newsflow.model.EntityType;

/**
 * Types a name no list knows from its own words and its neighbours: "Inc." and "Authority" make organisations, a given
 * name or "said" a person, "Valley" or "in" a place, "app" or a version number a product; otherwise the trained
 * model's opinion, and organisation when it has none (the commonest kind in business news).
 */
final class ContextTyper {

    private final Gazetteer gazetteer;

    ContextTyper(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    EntityType type(SentenceTokens s, Mention m, java.util.function.Supplier<EntityType> model) {
        String last = s.core[m.end() - 1];
        String firstWord = s.core[m.first()];
        if (Cues.ORGANIZATION_HEADS.contains(last)) {
            return EntityType.ORGANIZATION;
        }
        if (Cues.PRODUCT_HEADS.contains(last) && m.length() > 1) {
            return EntityType.PRODUCT;
        }
        if (Cues.LOCATION_HEADS.contains(last) && m.length() > 1) {
            return EntityType.LOCATION;
        }
        String previous = m.first() > 0 ? s.lower(m.first() - 1) : "";
        String next = m.end() < s.size() ? s.lower(m.end()) : "";
        boolean personShape = m.length() >= 2 && m.length() <= 4 && allCapitalisedWords(s, m);
        if (personShape && (gazetteer.isFirstName(firstWord)
                || firstWord.indexOf('-') > 0 && gazetteer.isFirstName(firstWord.substring(0, firstWord.indexOf('-'))))) {
            return EntityType.PERSON;
        }
        if (m.type() != null) {
            return m.type();
        }
        if (personShape && (Cues.PERSON_TITLES.contains(previous) || Cues.PERSON_VERBS.contains(next))) {
            return EntityType.PERSON;
        }
        if (m.length() > 1 && DictionaryMatcher.MODIFIERS.contains(last) || Cues.PRODUCT_NOUNS.contains(next) || s.versionLike(m.end() - 1) && m.length() > 1
                || Character.isLowerCase(firstWord.charAt(0))) {
            return EntityType.PRODUCT;
        }
        EntityType modelType = model.get();
        if (modelType != null) {
            return modelType;
        }
        if (m.length() == 1 && (previous.equals("in") || previous.equals("near")) && !s.possessive(m.first())) {
            return EntityType.LOCATION;
        }
        return EntityType.ORGANIZATION;
    }

    private static boolean allCapitalisedWords(SentenceTokens s, Mention m) {
        for (int i = m.first(); i < m.end(); i++) {
            String t = s.core[i];
            if (!Character.isUpperCase(t.charAt(0)) || t.length() > 1 && t.chars().allMatch(Character::isUpperCase)) {
                return false;
            }
        }
        return true;
    }
}

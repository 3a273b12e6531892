package io.newsflow.tagger.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.newsflow.model.EntityType;

/**
 * Gazetteer names in a sentence, longest match first, with possessives ("McDonald's" stays whole, "Meta's" loses its
 * "'s"), version suffixes for products ("Llama 3.1", "iPhone 15 Pro", "Grok-1") and never-entity phrases ("Server Side
 * Public License", "Attorney General") marked so that no name is built from them.
 */
final class DictionaryMatcher {

    private static final int MAX_NAME_TOKENS = 9;

    /** Words that continue a product name after its family or version ("Pro", "Ultra", "Sonnet"). */
    static final Set<String> MODIFIERS = Set.of("Pro", "Max", "Plus", "Ultra", "Mini", "mini", "Turbo", "Sonnet",
            "Opus", "Haiku", "Large", "Small", "Medium", "Nano", "Air", "Flash", "SE", "Lite", "Instruct", "Vision", "XL",
            "Fold", "Flip", "Edge", "Studio", "Series");


    private final Gazetteer gazetteer;

    DictionaryMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Gazetteer names of the sentence, longest first, left to right; blocks never-entity phrases as it goes. */
    List<Mention> find(int index, SentenceTokens s) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!s.nameLike(i)) {
                continue;
            }
            int span = Math.max(1, Math.min(MAX_NAME_TOKENS, gazetteer.maxTokens(s.core[i])));
            for (int end = Math.min(s.size(), i + span); end > i; end--) {
                if (end - 1 > i && s.possessive(end - 2)) {
                    continue;
                }
                String text = s.fullSurface(i, end);
                Gazetteer.Name name = s.possessive(end - 1) ? gazetteer.name(text) : null;
                if (name == null) {
                    text = s.surface(i, end);
                    name = gazetteer.name(text);
                }
                if (name == null && end > i + 1 && gazetteer.isNonEntity(text)) {
                    blocked(s, i, end);
                    i = end - 1;
                    break;
                }
                if (name == null && end == i + 1) {
                    name = versioned(s.core[i]);
                }
                if (name == null || end == i + 1 && i == 0 && !s.pos(i).startsWith("NNP") && text.length() > 3
                        && !Character.isUpperCase(text.charAt(1))) {
                    continue;
                }
                String canonical = name.canonical();
                if (name.type() == EntityType.PRODUCT) {
                    int versioned = versionEnd(s, end);
                    if (versioned > end) {
                        end = versioned;
                        text = s.surface(i, end);
                        canonical = text;
                    }
                }
                out.add(new Mention(index, i, end, text, name.type(), canonical, true, name.weak()));
                i = end - 1;
                break;
            }
        }
        return out;
    }

    /** "Grok-1", "Graviton4", "GPT-4o": a known product family glued to its version. */
    private Gazetteer.Name versioned(String token) {
        int cut = token.length();
        while (cut > 1 && (Character.isLetterOrDigit(token.charAt(cut - 1)) && !Character.isUpperCase(token.charAt(cut - 1))
                || token.charAt(cut - 1) == '.') && token.substring(0, cut).chars().anyMatch(Character::isDigit)) {
            cut--;
        }
        if (cut > 1 && token.charAt(cut - 1) == '-') {
            cut--;
        }
        if (cut == token.length() || cut < 2) {
            return null;
        }
        Gazetteer.Name family = gazetteer.name(token.substring(0, cut));
        return family != null && family.type() == EntityType.PRODUCT ? new Gazetteer.Name(token, EntityType.PRODUCT, false)
                : null;
    }

    private int versionEnd(SentenceTokens s, int end) {
        int limit = Math.min(s.size(), end + 3);
        while (end < limit && !s.possessive(end - 1) && (s.versionLike(end) || MODIFIERS.contains(s.core[end]))) {
            end++;
        }
        return end;
    }

    private void blocked(SentenceTokens s, int first, int end) {
        for (int i = first; i < end; i++) {
            s.blocked[i] = true;
        }
    }
}

package io.newsflow.tagger.nlp.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.tagger.nlp.AnalyzedSentence;
import io.newsflow.tagger.nlp.AnalyzedText;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Named entities of an analysed article: gazetteer names, capitalised runs typed by context and by the trained
 * name-finder model, filtered and folded into distinct entities with aliases. Thread-safe (one {@link NameFinderME}
 * per thread).
 */
public final class EntityRecognizer {

    private static final int MODEL_CONTEXT = 4;

    private final Gazetteer gazetteer;
    private final MentionFinder finder;
    private final ContextTyper typer;
    private final AliasResolver resolver = new AliasResolver();
    private final ThreadLocal<NameFinderME> model;

    public EntityRecognizer(Gazetteer gazetteer, TokenNameFinderModel model) {
        this.gazetteer = gazetteer;
        this.finder = new MentionFinder(gazetteer);
        this.typer = new ContextTyper(gazetteer);
        this.model = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    public List<Entity> find(AnalyzedText text) {
        boolean english = text.language().equals("en");
        List<AnalyzedSentence> sentences = text.all();
        List<Mention> mentions = new ArrayList<>();
        Set<String> confirmed = new HashSet<>();
        Set<Mention> initialOnly = new HashSet<>();
        // a short form of a longer name takes the longer name's type when aliases are folded: no model call for it
        Set<String> seenWords = new HashSet<>();
        java.util.Map<String, EntityType> modelTypes = new java.util.HashMap<>();
        NameFinderME names = model.get();
        for (int i = 0; i < sentences.size(); i++) {
            SentenceTokens s = new SentenceTokens(sentences.get(i));
            for (Mention m : finder.find(i, s, english)) {
                if (!m.known()) {
                    Mention unknown = m;
                    m = m.withType(typer.type(s, m, () -> seenWords.contains(unknown.text()) ? null
                            : modelTypes.computeIfAbsent(unknown.text(), t -> modelType(names, s, unknown))));
                }
                if (m.length() > 1) {
                    seenWords.addAll(List.of(m.text().split(" ")));
                }
                if (adjectivalAcronym(s, m)) {
                    continue;
                }
                if (!s.sentenceInitial(m.first())) {
                    confirmed.add(m.text());
                } else if (!m.known() && m.length() == 1) {
                    initialOnly.add(m);
                }
                mentions.add(m);
            }
        }
        names.clearAdaptiveData();
        // a capitalised word seen only at the start of sentences is most likely an ordinary word ("Starting", "Visitors")
        Set<String> nameWords = new HashSet<>();
        for (Mention m : mentions) {
            if (m.length() > 1) {
                nameWords.addAll(List.of(m.text().split("\\s+")));
            }
        }
        mentions.removeIf(m -> initialOnly.contains(m) && !confirmed.contains(m.text()) && !nameWords.contains(m.text()));
        return resolver.resolve(keep(mentions, text.title().size()));
    }

    /** Drops unknown one-letter names, never-entities, and unknown title names the body does not confirm. */
    private List<Mention> keep(List<Mention> mentions, int titleSentences) {
        Set<String> bodyNames = new HashSet<>();
        for (Mention m : mentions) {
            if (m.sentence() >= titleSentences) {
                bodyNames.add(m.text());
            }
        }
        List<Mention> kept = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.known()) {
                kept.add(m);
            } else if (m.text().length() > 1 && !gazetteer.isNonEntity(m.text())
                    && (m.sentence() >= titleSentences || bodyNames.contains(m.text()))) {
                kept.add(m);
            }
        }
        return kept;
    }

    /**
     * "U.S. regulators", "UK technology", "U.S. Justice Department": a country acronym used as an adjective is not a
     * mention of the place (as "American" is not), unlike "in the U.S." or "the US and Europe".
     */
    private static boolean adjectivalAcronym(SentenceTokens s, Mention m) {
        if (m.type() != EntityType.LOCATION || m.length() != 1 || m.end() >= s.size() || s.possessive(m.first())) {
            return false;
        }
        String text = m.text();
        if (text.length() > 4 || !text.chars().allMatch(c -> Character.isUpperCase(c) || c == '.')) {
            return false;
        }
        String next = s.core[m.end()];
        String pos = s.pos(m.end());
        return Character.isLetter(next.charAt(0)) && !pos.equals("CC") && !pos.equals("IN") && !pos.equals("TO")
                && !pos.startsWith("VB") && !pos.equals("MD");
    }

    /**
     * The trained model's type for a name no cue types. The model costs more per token than POS tagging, so it reads
     * only a window of {@link #MODEL_CONTEXT} tokens either side of the name, which is all its features look at.
     */
    private static EntityType modelType(NameFinderME names, SentenceTokens s, Mention m) {
        int from = Math.max(0, m.first() - MODEL_CONTEXT);
        int to = Math.min(s.size(), m.end() + MODEL_CONTEXT);
        Span[] spans = names.find(java.util.Arrays.copyOfRange(s.core, from, to));
        for (Span span : spans) {
            if (from + span.getStart() < m.end() && m.first() < from + span.getEnd()) {
                try {
                    return EntityType.valueOf(span.getType().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}

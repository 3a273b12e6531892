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
        NameFinderME names = model.get();
        for (int i = 0; i < sentences.size(); i++) {
            SentenceTokens s = new SentenceTokens(sentences.get(i));
            // the name-finder model costs as much as POS tagging: it runs only for sentences with a name no cue types
            Span[][] spans = new Span[1][];
            for (Mention m : finder.find(i, s, english)) {
                if (!m.known()) {
                    Mention unknown = m;
                    m = m.withType(typer.type(s, m, () -> {
                        if (spans[0] == null) {
                            spans[0] = names.find(s.core);
                        }
                        return modelType(spans[0], unknown);
                    }));
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

    private static EntityType modelType(Span[] spans, Mention m) {
        for (Span span : spans) {
            if (span.getStart() < m.end() && m.first() < span.getEnd()) {
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

package io.newsflow.cli.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import io.newsflow.cli.corpus.CorpusArticle;
import io.newsflow.cli.corpus.GoldEntity;
import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.model.KeyFigure;
import io.newsflow.model.StrategyTag;
import io.newsflow.model.TaggedArticle;

/**
 * Scores tagged articles against gold exactly as {@code shared/corpus/README.md} defines: entities untyped and
 * typed (normalised text equal to the gold text or an alias, each gold entity matched at most once), tags micro and
 * macro, key figures as normalised string sets, near-duplicate pairs. A gold article the system did not output
 * (rejected) counts as all misses.
 */
public final class Scorer {

    private Scorer() {
    }

    /** Scores {@code system} (by article id) against the gold articles. */
    public static EvalReport score(List<CorpusArticle> gold, Map<String, TaggedArticle> system,
                                   Map<String, String> rejections) {
        Counts entities = Counts.ZERO;
        Counts typed = Counts.ZERO;
        Counts tags = Counts.ZERO;
        Counts figures = Counts.ZERO;
        Map<String, Counts> byType = new TreeMap<>();
        Map<String, Counts> byTag = new TreeMap<>();
        List<ArticleErrors> errors = new ArrayList<>();
        Set<String> goldPairs = new HashSet<>();
        Set<String> systemPairs = new HashSet<>();
        for (CorpusArticle article : gold) {
            if (!article.hasGold()) {
                continue;
            }
            TaggedArticle out = system.get(article.id());
            List<Entity> found = out == null ? List.of() : out.entities();
            entities = entities.plus(matchEntities(article.gold().entities(), found, false, null, null));
            List<String> missed = new ArrayList<>();
            List<String> spurious = new ArrayList<>();
            typed = typed.plus(matchEntities(article.gold().entities(), found, true, missed, spurious));
            for (EntityType type : EntityType.values()) {
                byType.merge(type.name(), typeCounts(type, article.gold().entities(), missed, spurious),
                        Counts::plus);
            }
            Set<String> goldTags = new LinkedHashSet<>(article.gold().tags());
            Set<String> systemTags = new LinkedHashSet<>();
            (out == null ? List.<StrategyTag>of() : out.tags()).forEach(t -> systemTags.add(t.tag()));
            tags = tags.plus(setCounts(goldTags, systemTags));
            for (String tag : union(goldTags, systemTags)) {
                byTag.merge(tag, new Counts(systemTags.contains(tag) && goldTags.contains(tag) ? 1 : 0,
                        systemTags.contains(tag) && !goldTags.contains(tag) ? 1 : 0,
                        goldTags.contains(tag) && !systemTags.contains(tag) ? 1 : 0), Counts::plus);
            }
            Set<String> goldFigures = normalized(article.gold().keyFigures());
            Set<String> systemFigures = normalized(out == null ? List.of()
                    : out.keyFigures().stream().map(KeyFigure::text).toList());
            figures = figures.plus(setCounts(goldFigures, systemFigures));
            if (article.gold().duplicateOf() != null) {
                goldPairs.add(article.id() + " -> " + article.gold().duplicateOf());
            }
            if (out != null && out.duplicateOf() != null) {
                systemPairs.add(out.id() + " -> " + out.duplicateOf());
            }
            ArticleErrors articleErrors = new ArticleErrors(article.id(), missed, spurious,
                    minus(goldTags, systemTags), minus(systemTags, goldTags),
                    minus(goldFigures, systemFigures), minus(systemFigures, goldFigures),
                    rejections.get(article.id()));
            if (!articleErrors.isEmpty()) {
                errors.add(articleErrors);
            }
        }
        return new EvalReport((int) gold.stream().filter(CorpusArticle::hasGold).count(), entities, typed, byType,
                tags, byTag, figures, setCounts(goldPairs, systemPairs), errors, Map.of());
    }

    /**
     * Greedy one-to-one matching in system order: each system entity takes the first unmatched gold entity whose
     * text or alias equals its text after normalisation (and, when typed, has its type).
     */
    static Counts matchEntities(List<GoldEntity> gold, List<Entity> system, boolean typed, List<String> missed,
                                List<String> spurious) {
        boolean[] used = new boolean[gold.size()];
        int tp = 0;
        for (Entity entity : system) {
            int match = findMatch(gold, used, entity, typed);
            if (match >= 0) {
                used[match] = true;
                tp++;
            } else if (spurious != null) {
                spurious.add(TextNormalizer.normalize(entity.text()) + "/" + entity.type());
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            if (!used[i] && missed != null) {
                missed.add(TextNormalizer.normalize(gold.get(i).text()) + "/" + gold.get(i).type());
            }
        }
        return new Counts(tp, system.size() - tp, gold.size() - tp);
    }

    private static int findMatch(List<GoldEntity> gold, boolean[] used, Entity entity, boolean typed) {
        String text = TextNormalizer.normalize(entity.text());
        for (int i = 0; i < gold.size(); i++) {
            GoldEntity g = gold.get(i);
            if (used[i] || (typed && g.type() != entity.type())) {
                continue;
            }
            if (TextNormalizer.normalize(g.text()).equals(text)
                    || g.aliases().stream().map(TextNormalizer::normalize).anyMatch(text::equals)) {
                return i;
            }
        }
        return -1;
    }

    /** Typed counts for one type, read off the typed misses and spurious entities already computed. */
    private static Counts typeCounts(EntityType type, List<GoldEntity> gold, List<String> missed,
                                     List<String> spurious) {
        String suffix = "/" + type;
        int goldOfType = (int) gold.stream().filter(g -> g.type() == type).count();
        int missedOfType = (int) missed.stream().filter(m -> m.endsWith(suffix)).count();
        int spuriousOfType = (int) spurious.stream().filter(s -> s.endsWith(suffix)).count();
        return new Counts(goldOfType - missedOfType, spuriousOfType, missedOfType);
    }

    static Counts setCounts(Set<String> gold, Set<String> system) {
        int tp = (int) system.stream().filter(gold::contains).count();
        return new Counts(tp, system.size() - tp, gold.size() - tp);
    }

    private static Set<String> normalized(List<String> texts) {
        Set<String> out = new LinkedHashSet<>();
        texts.stream().filter(Objects::nonNull).map(TextNormalizer::normalize).forEach(out::add);
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }
}

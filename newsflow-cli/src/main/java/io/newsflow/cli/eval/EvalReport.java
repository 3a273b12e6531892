package io.newsflow.cli.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of one evaluation, as defined in {@code shared/corpus/README.md} "How a system is scored".
 *
 * @param articles       number of gold articles scored
 * @param entities       untyped entity matches, micro-averaged
 * @param entitiesTyped  typed entity matches, micro-averaged
 * @param entitiesByType typed matches per gold/system type
 * @param tags           (article, tag) pairs, micro-averaged
 * @param tagsByTag      per tag; macro F1 is the mean over the tags that occur in gold
 * @param figures        key figures (normalised strings), micro-averaged
 * @param duplicates     (id, duplicateOf) pairs
 * @param errors         per-article misses and spurious output (articles without errors left out)
 * @param extra          scores added by {@link EvalExtension}s, e.g. {@code related_p_at_k}
 */
public record EvalReport(int articles, Counts entities, Counts entitiesTyped, Map<String, Counts> entitiesByType,
                         Counts tags, Map<String, Counts> tagsByTag, Counts figures, Counts duplicates,
                         List<ArticleErrors> errors, Map<String, Double> extra) {

    /** Mean per-tag F1 over the tags that occur in gold. */
    public double tagsMacroF1() {
        return tagsByTag.values().stream().filter(c -> c.tp() + c.fn() > 0)
                .mapToDouble(Counts::f1).average().orElse(0);
    }

    /** This report with more named scores appended. */
    public EvalReport withExtra(Map<String, Double> more) {
        Map<String, Double> all = new LinkedHashMap<>(extra);
        all.putAll(more);
        return new EvalReport(articles, entities, entitiesTyped, entitiesByType, tags, tagsByTag, figures, duplicates,
                errors, java.util.Collections.unmodifiableMap(all));
    }

    /** The one-line summary that ends {@code ./newsflow eval}. */
    public String summaryLine() {
        StringBuilder line = new StringBuilder(String.format(java.util.Locale.ROOT,
                "entities_f1=%.3f entities_typed_f1=%.3f tags_micro_f1=%.3f tags_macro_f1=%.3f figures_f1=%.3f"
                        + " dup_p=%.3f dup_r=%.3f",
                entities.f1(), entitiesTyped.f1(), tags.f1(), tagsMacroF1(), figures.f1(), duplicates.precision(),
                duplicates.recall()));
        extra.forEach((name, value) -> line.append(String.format(java.util.Locale.ROOT, " %s=%.3f", name, value)));
        return line.toString();
    }
}

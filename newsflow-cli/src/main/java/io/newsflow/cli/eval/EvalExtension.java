package io.newsflow.cli.eval;

import java.util.List;
import java.util.Map;

import io.newsflow.cli.corpus.CorpusArticle;
import io.newsflow.model.TaggedArticle;

/**
 * An optional extra score for {@code ./newsflow eval}, switched on by its flag (e.g. {@code --related}). Found with
 * {@link java.util.ServiceLoader}: implement it and list the class in
 * {@code META-INF/services/io.newsflow.cli.eval.EvalExtension}. Its scores are appended, in order, to the last line
 * and written to the JSON report.
 */
public interface EvalExtension {

    /** The command-line flag that switches it on, e.g. {@code --related}. */
    String flag();

    /**
     * Scores the run.
     *
     * @param gold   the gold articles, in file order
     * @param tagged the tagged articles the run produced, in file order (rejected articles left out)
     * @return named scores, e.g. {@code related_p_at_k} and {@code related_mlt_baseline}, in print order
     */
    Map<String, Double> evaluate(List<CorpusArticle> gold, List<TaggedArticle> tagged) throws Exception;
}

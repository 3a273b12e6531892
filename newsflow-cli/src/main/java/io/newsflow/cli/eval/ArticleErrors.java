package io.newsflow.cli.eval;

import java.util.List;

/**
 * What the system got wrong on one article (normalised strings; entities as "text/TYPE").
 *
 * @param id                article id
 * @param missedEntities    gold entities the system did not find (typed)
 * @param spuriousEntities  system entities matching no gold entity (typed)
 * @param missedTags        gold tags not reported
 * @param spuriousTags      reported tags not in gold
 * @param missedFigures     gold key figures not found
 * @param spuriousFigures   found key figures not in gold
 * @param rejection         why the pipeline rejected the article, or null
 */
public record ArticleErrors(String id, List<String> missedEntities, List<String> spuriousEntities,
                            List<String> missedTags, List<String> spuriousTags, List<String> missedFigures,
                            List<String> spuriousFigures, String rejection) {

    boolean isEmpty() {
        return missedEntities.isEmpty() && spuriousEntities.isEmpty() && missedTags.isEmpty() && spuriousTags.isEmpty()
                && missedFigures.isEmpty() && spuriousFigures.isEmpty() && rejection == null;
    }
}

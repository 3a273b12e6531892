package io.newsflow.index.related;

import java.time.Instant;
import java.util.List;

/**
 * One article of the same story, with the reasons it was chosen.
 *
 * @param id        article id
 * @param title     headline
 * @param source    outlet
 * @param published publication time
 * @param score     combined relatedness, higher is closer
 * @param why       the evidence behind the score
 */
public record RelatedArticle(String id, String title, String source, Instant published, double score, Why why) {

    /**
     * @param sharedEntities entities both articles name (as the asked-for article names them)
     * @param sharedTags     strategy-shift tags both articles carry
     * @param textSimilarity more_like_this similarity relative to the best candidate, 0..1
     * @param daysApart      whole days between the two publication times
     */
    public record Why(List<String> sharedEntities, List<String> sharedTags, double textSimilarity, long daysApart) {
    }
}

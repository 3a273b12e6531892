package io.newsflow.index.related;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.newsflow.index.schema.ArticleView;
import io.newsflow.model.Entity;

/** Combines the features of each candidate into one score and orders the candidates best first. */
final class Reranker {

    /** A candidate as Elasticsearch returned it: the document and its named-query scores. */
    record Candidate(ArticleView article, double textScore, double entityScore) {
    }

    private final RelatedProperties weights;

    Reranker(RelatedProperties weights) {
        this.weights = weights;
    }

    List<RelatedArticle> rank(ArticleView self, List<Candidate> candidates, int size) {
        double maxText = candidates.stream().mapToDouble(Candidate::textScore).max().orElse(0);
        double maxEntity = candidates.stream().mapToDouble(Candidate::entityScore).max().orElse(0);
        List<RelatedArticle> ranked = new ArrayList<>();
        for (Candidate c : candidates) {
            ArticleView other = c.article();
            double text = maxText > 0 ? c.textScore() / maxText : 0;
            double entity = maxEntity > 0 ? c.entityScore() / maxEntity : 0;
            List<String> sharedTags = self.tags().stream().filter(other.tags()::contains).distinct().toList();
            long union = java.util.stream.Stream.concat(self.tags().stream(), other.tags().stream()).distinct().count();
            double tag = union == 0 ? 0 : (double) sharedTags.size() / union;
            long days = daysApart(self, other);
            double time = Math.exp(-days / weights.timeScaleDays());
            double score = weights.textWeight() * text + weights.entityWeight() * entity + weights.tagWeight() * tag
                    + weights.timeWeight() * time;
            ranked.add(new RelatedArticle(other.id(), other.title(), other.source(), other.published(), round(score),
                    new RelatedArticle.Why(sharedEntities(self, other), sharedTags, round(text), days)));
        }
        ranked.sort(Comparator.comparingDouble(RelatedArticle::score).reversed().thenComparing(RelatedArticle::id));
        return ranked.subList(0, Math.min(size, ranked.size()));
    }

    private static List<String> sharedEntities(ArticleView self, ArticleView other) {
        Set<String> otherForms = other.entityForms();
        return self.entities().stream()
                .filter(e -> ArticleView.forms(e).stream().anyMatch(otherForms::contains))
                .map(Entity::text)
                .toList();
    }

    private static long daysApart(ArticleView a, ArticleView b) {
        if (a.published() == null || b.published() == null) {
            return 0;
        }
        return Math.abs(Duration.between(a.published(), b.published()).toDays());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}

package io.newsflow.index.related;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How related coverage is found and ranked ({@code newsflow.related.*}, env {@code NEWSFLOW_RELATED_*}). Candidates
 * come from one Elasticsearch query; the weights combine their features into the final score, which is reranked in
 * Java. The defaults were tuned on the dev corpus story threads.
 *
 * @param candidates    how many candidates Elasticsearch returns for reranking
 * @param maxSize       largest {@code size} a caller may ask for
 * @param textWeight    weight of the more_like_this text similarity (normalised to the best candidate)
 * @param entityWeight  weight of the shared entities (IDF-weighted, normalised to the best candidate)
 * @param tagWeight     weight of the shared strategy-shift tags (Jaccard)
 * @param timeWeight    weight of closeness in time
 * @param timeScaleDays days over which closeness in time decays to 1/e
 */
@Validated
@ConfigurationProperties("newsflow.related")
public record RelatedProperties(
        @Min(1) @Max(1000) Integer candidates,
        @Min(1) @Max(100) Integer maxSize,
        @DecimalMin("0") @DecimalMax("10") Double textWeight,
        @DecimalMin("0") @DecimalMax("10") Double entityWeight,
        @DecimalMin("0") @DecimalMax("10") Double tagWeight,
        @DecimalMin("0") @DecimalMax("10") Double timeWeight,
        @DecimalMin("1") @DecimalMax("100000") Double timeScaleDays) {

    public RelatedProperties {
        candidates = candidates == null ? 50 : candidates;
        maxSize = maxSize == null ? 50 : maxSize;
        textWeight = textWeight == null ? 0.5 : textWeight;
        entityWeight = entityWeight == null ? 0.35 : entityWeight;
        tagWeight = tagWeight == null ? 0.1 : tagWeight;
        timeWeight = timeWeight == null ? 0.05 : timeWeight;
        timeScaleDays = timeScaleDays == null ? 365.0 : timeScaleDays;
    }

    /** The tuned defaults. */
    public static RelatedProperties defaults() {
        return new RelatedProperties(null, null, null, null, null, null, null);
    }
}

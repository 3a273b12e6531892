package io.newsflow.index.trends;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import io.newsflow.index.schema.Fields;

/** Article counts over time ({@code date_histogram} on the publication time), optionally for one tag or entity. */
public class TrendsService {

    /** Interval names accepted by the API. */
    static final Map<String, CalendarInterval> INTERVALS = Map.of(
            "day", CalendarInterval.Day, "week", CalendarInterval.Week, "month", CalendarInterval.Month,
            "quarter", CalendarInterval.Quarter, "year", CalendarInterval.Year);

    /**
     * @param interval bucket width: day, week, month, quarter or year
     * @param tag      the tag counted, or null for all articles
     * @param entity   the entity counted, or null
     * @param buckets  one per interval from the first to the last article, empty ones included
     */
    public record Trend(String interval, String tag, String entity, List<Bucket> buckets) {
    }

    /** Articles published in the interval that starts at {@code start}. */
    public record Bucket(Instant start, long count) {
    }

    private final ElasticsearchClient client;
    private final String alias;

    public TrendsService(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    public Trend trend(String interval, String tag, String entity, Instant from, Instant to) {
        Query filter = Query.of(q -> q.bool(b -> {
            b.mustNot(m -> m.term(t -> t.field(Fields.IS_DUPLICATE).value(true)));
            if (tag != null) {
                b.filter(f -> f.term(t -> t.field(Fields.TAG).value(tag)));
            }
            if (entity != null) {
                b.filter(f -> f.term(t -> t.field(Fields.ENTITY_NAMES).value(entity.toLowerCase(Locale.ROOT))));
            }
            if (from != null || to != null) {
                b.filter(f -> f.range(r -> r.date(d -> {
                    d.field(Fields.PUBLISHED);
                    if (from != null) {
                        d.gte(from.toString());
                    }
                    if (to != null) {
                        d.lte(to.toString());
                    }
                    return d;
                })));
            }
            return b;
        }));
        try {
            SearchResponse<Void> response = client.search(s -> s.index(alias).size(0).query(filter)
                    .aggregations("over_time", a -> a.dateHistogram(h -> h.field(Fields.PUBLISHED)
                            .calendarInterval(INTERVALS.get(interval)).minDocCount(0).timeZone("UTC"))),
                    Void.class);
            List<Bucket> buckets = response.aggregations().get("over_time").dateHistogram().buckets().array()
                    .stream().map(b -> new Bucket(Instant.ofEpochMilli(b.key()), b.docCount())).toList();
            return new Trend(interval, tag, entity, buckets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

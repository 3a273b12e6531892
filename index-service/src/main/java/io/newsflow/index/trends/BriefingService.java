package io.newsflow.index.trends;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import io.newsflow.index.schema.ArticleView;
import io.newsflow.index.schema.Fields;
import io.newsflow.index.web.BadRequestException;

/**
 * The weekly briefing: the strategy shifts reported in one ISO week, grouped by story, each story with its articles
 * and the links of every outlet that carried them (near-duplicates included as extra links).
 */
public class BriefingService {

    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    /** More shifts than this in one week are cut off; the response says so. */
    static final int MAX_ARTICLES = 500;

    /** The briefing of {@code week}. */
    public record Briefing(String week, Instant from, Instant to, int articles, boolean truncated,
                           List<Story> stories) {
    }

    /** One story: its leading entities, the shifts reported, its articles in publication order. */
    public record Story(String headline, List<String> entities, List<String> tags, List<Item> articles) {
    }

    /** One article of a story, with links to every outlet that carried it. */
    public record Item(String id, String title, String source, String url, Instant published, List<String> tags,
                       List<Link> alsoReportedBy) {
    }

    /** A near-duplicate's outlet and URL. */
    public record Link(String source, String url) {
    }

    private final ElasticsearchClient client;
    private final String alias;

    public BriefingService(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    public Briefing briefing(String week) {
        LocalDate monday = monday(week);
        Instant from = monday.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = monday.plusWeeks(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<ArticleView> shifts = fetch(Query.of(q -> q.bool(b -> b
                .filter(f -> f.exists(e -> e.field(Fields.TAG)))
                .filter(f -> f.range(r -> r.date(d -> d.field(Fields.PUBLISHED).gte(from.toString())
                        .lt(to.toString()))))
                .mustNot(m -> m.term(t -> t.field(Fields.IS_DUPLICATE).value(true))))), MAX_ARTICLES + 1);
        boolean truncated = shifts.size() > MAX_ARTICLES;
        shifts = shifts.subList(0, Math.min(shifts.size(), MAX_ARTICLES));
        Map<String, List<Link>> copies = copiesOf(shifts);
        List<Story> stories = new ArrayList<>();
        for (List<ArticleView> group : StoryGrouper.group(shifts)) {
            group.sort(Comparator.comparing(ArticleView::published, Comparator.nullsLast(Comparator.naturalOrder())));
            Set<String> tags = new LinkedHashSet<>();
            group.forEach(a -> tags.addAll(a.tags()));
            List<Item> items = group.stream().map(a -> new Item(a.id(), a.title(), a.source(), a.url(), a.published(),
                    a.tags(), copies.getOrDefault(a.id(), List.of()))).toList();
            stories.add(new Story(group.get(0).title(), StoryGrouper.leadingEntities(group, 3), List.copyOf(tags),
                    items));
        }
        stories.sort(Comparator.comparing((Story s) -> s.articles().size()).reversed()
                .thenComparing(s -> s.articles().get(0).published(), Comparator.nullsLast(Comparator.naturalOrder())));
        return new Briefing(week, from, to, shifts.size(), truncated, stories);
    }

    /** The Monday of ISO week {@code week} ({@code YYYY-Www}); 400 when it is not a week. */
    static LocalDate monday(String week) {
        Matcher m = week == null ? null : ISO_WEEK.matcher(week.trim());
        if (m == null || !m.matches()) {
            throw new BadRequestException("parameter 'week': '" + week + "' is not an ISO week like 2024-W07");
        }
        LocalDate jan4 = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4);
        long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(jan4).getMaximum();
        int number = Integer.parseInt(m.group(2));
        if (number < 1 || number > weeks) {
            throw new BadRequestException("parameter 'week': " + m.group(1) + " has weeks 01 to " + weeks);
        }
        return jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
    }

    private Map<String, List<Link>> copiesOf(List<ArticleView> originals) {
        Map<String, List<Link>> copies = new LinkedHashMap<>();
        if (originals.isEmpty()) {
            return copies;
        }
        List<FieldValue> ids = originals.stream().map(a -> FieldValue.of(a.id())).toList();
        for (ArticleView copy : fetch(Query.of(q -> q.terms(t -> t.field(Fields.DUPLICATE_OF)
                .terms(v -> v.value(ids)))), MAX_ARTICLES)) {
            copies.computeIfAbsent(copy.duplicateOf(), k -> new ArrayList<>()).add(new Link(copy.source(), copy.url()));
        }
        return copies;
    }

    private List<ArticleView> fetch(Query query, int size) {
        try {
            @SuppressWarnings("unchecked")
            SearchResponse<Map<String, Object>> response = client.search(s -> s.index(alias).query(query).size(size)
                    .sort(o -> o.field(f -> f.field(Fields.PUBLISHED).order(SortOrder.Asc)))
                    .source(src -> src.filter(f -> f.includes(ArticleView.SOURCE_FIELDS))),
                    (Class<Map<String, Object>>) (Class<?>) Map.class);
            List<ArticleView> views = new ArrayList<>();
            for (Hit<Map<String, Object>> hit : response.hits().hits()) {
                views.add(ArticleView.fromSource(hit.source()));
            }
            return views;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

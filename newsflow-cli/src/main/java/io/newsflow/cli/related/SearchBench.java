package io.newsflow.cli.related;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;

import io.newsflow.cli.Command;
import io.newsflow.cli.UsageException;
import io.newsflow.index.related.RelatedProperties;
import io.newsflow.index.related.RelatedService;
import io.newsflow.index.schema.IndexSchema;
import io.newsflow.index.search.SearchService;
import io.newsflow.index.search.SearchQuery;
import io.newsflow.localstack.LocalStack;
import io.newsflow.localstack.LocalStackConfig;
import io.newsflow.model.TaggedArticle;

/**
 * {@code ./newsflow bench search [--docs N] [--queries N] [--es-url URL]}: bulk-loads N synthetic tagged articles
 * (default 100,000) into a throw-away index, then prints p50/p99 latency of search (text + filter + facets +
 * highlights) and of related coverage, measured one request at a time from this client.
 */
public final class SearchBench implements Command {

    @Override
    public int run(List<String> args) throws Exception {
        int docs = 100_000;
        int queries = 500;
        String url = null;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--docs" -> docs = Integer.parseInt(value(args, ++i));
                case "--queries" -> queries = Integer.parseInt(value(args, ++i));
                case "--es-url" -> url = value(args, ++i);
                default -> throw new UsageException("unknown argument '" + args.get(i) + "'. " + summary());
            }
        }
        if (url != null) {
            return bench(url, docs, queries);
        }
        System.out.println("starting a local Elasticsearch ...");
        try (LocalStack stack = LocalStack.start(LocalStackConfig.freePorts())) {
            return bench(stack.elasticsearchUrl(), docs, queries);
        }
    }

    private int bench(String url, int docs, int queries) throws Exception {
        ElasticsearchClient client = ElasticsearchClients.of(url);
        IndexSchema schema = new IndexSchema(client, "bench_search_" + UUID.randomUUID().toString().substring(0, 8));
        try {
            schema.ensureIndex();
            List<TaggedArticle> articles = new SyntheticArticles(42).generate(docs);
            long start = System.nanoTime();
            load(client, schema, articles);
            System.out.printf(Locale.ROOT, "loaded %,d synthetic articles in %.1f s%n", docs,
                    (System.nanoTime() - start) / 1e9);
            Random random = new Random(7);
            SearchService search = new SearchService(client, schema.writeAlias());
            RelatedService related = new RelatedService(client, schema.writeAlias(), RelatedProperties.defaults());
            IntConsumer searchOnce = i -> {
                TaggedArticle a = articles.get(random.nextInt(articles.size()));
                String[] words = a.title().split(" ");
                List<String> tags = random.nextBoolean() ? List.of(a.tags().get(0).tag()) : List.of();
                search.search(SearchQuery.of(words[0] + " " + words[1], List.of(), null, tags, List.of(), null,
                        null, null, 1, 10, false, 10));
            };
            IntConsumer relatedOnce = i -> related.related(articles.get(random.nextInt(articles.size())).id(), 5,
                    Set.of());
            report("search", measure(searchOnce, queries));
            report("related", measure(relatedOnce, queries));
            return 0;
        } finally {
            schema.deleteAll();
            client.close();
        }
    }

    private static void load(ElasticsearchClient client, IndexSchema schema, List<TaggedArticle> articles)
            throws Exception {
        for (int from = 0; from < articles.size(); from += 2_000) {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (TaggedArticle a : articles.subList(from, Math.min(from + 2_000, articles.size()))) {
                bulk.operations(op -> op.index(i -> i.index(schema.writeAlias()).id(a.id())
                        .document(schema.toDocument(a))));
            }
            if (client.bulk(bulk.build()).errors()) {
                throw new IllegalStateException("bulk load failed at article " + from);
            }
        }
        schema.refresh();
        client.indices().forcemerge(f -> f.index(schema.writeAlias()).maxNumSegments(1L));
    }

    /** Latencies in milliseconds of {@code n} calls, after {@code n / 5} warm-up calls. */
    private static double[] measure(IntConsumer call, int n) {
        for (int i = 0; i < Math.max(20, n / 5); i++) {
            call.accept(i);
        }
        double[] millis = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            call.accept(i);
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void report(String name, double[] sorted) {
        System.out.printf(Locale.ROOT, "%-8s n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms%n", name, sorted.length,
                sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.99) - 1],
                sorted[sorted.length - 1]);
    }

    private static String value(List<String> args, int i) {
        if (i >= args.size()) {
            throw new UsageException(args.get(i - 1) + " needs a value");
        }
        return args.get(i);
    }

    @Override
    public String summary() {
        return "search and related latency at scale: bench search [--docs 100000] [--queries 500] [--es-url URL]";
    }
}

package io.newsflow.cli.migrate;

import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import io.newsflow.cli.Command;
import io.newsflow.cli.UsageException;
import io.newsflow.cli.related.ElasticsearchClients;
import io.newsflow.index.schema.IndexMigration;
import io.newsflow.index.schema.IndexProperties;
import io.newsflow.index.schema.IndexSchema;

/**
 * {@code ./newsflow migrate [--es-url URL] [--alias NAME] [--delete-old]}: moves the article alias to a new index
 * version built from the current mappings (see {@link IndexMigration}).
 */
public final class MigrateCommand implements Command {

    @Override
    public int run(List<String> args) throws Exception {
        String url = env("NEWSFLOW_ES_URL", "http://localhost:9200");
        String alias = env("NEWSFLOW_INDEX_ALIAS", "articles");
        boolean deleteOld = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--es-url" -> url = value(args, ++i, "--es-url");
                case "--alias" -> alias = value(args, ++i, "--alias");
                case "--delete-old" -> deleteOld = true;
                default -> throw new UsageException("unknown argument '" + args.get(i) + "'. " + summary());
            }
        }
        ElasticsearchClient client = ElasticsearchClients.of(url);
        try {
            IndexMigration.Result result = new IndexMigration(new IndexSchema(client, IndexProperties.withAlias(alias)))
                    .migrate(deleteOld);
            if (result.from() == null) {
                System.out.println("created " + result.to() + " behind alias " + alias + " (nothing to migrate)");
            } else {
                System.out.println("migrated alias " + alias + ": " + result.from() + " -> " + result.to() + ", "
                        + result.copied() + " articles copied" + (deleteOld ? ", " + result.from() + " deleted" : ""));
            }
            return 0;
        } finally {
            client.close();
        }
    }

    private static String value(List<String> args, int i, String flag) {
        if (i >= args.size()) {
            throw new UsageException(flag + " needs a value");
        }
        return args.get(i);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public String summary() {
        return "new index version from the current mappings, copy, swap alias: migrate [--es-url URL] [--alias NAME]"
                + " [--delete-old]";
    }
}

package io.newsflow.index.indexing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import co.elastic.clients.util.BinaryData;

import io.newsflow.index.schema.IndexSchema;
import io.newsflow.model.ArticleValidator;
import io.newsflow.model.InvalidEventException;
import io.newsflow.model.TaggedArticle;

/**
 * Turns tagged articles into Elasticsearch documents (document id = article id, version = article version) and hands
 * them to the {@link BulkIndexer}. Invalid articles never reach Elasticsearch: they complete at once as rejected.
 */
@Component
public class ArticleIndexer {

    private static final Logger log = LoggerFactory.getLogger(ArticleIndexer.class);

    private final IndexSchema schema;
    private final BulkIndexer bulk;
    private volatile boolean indexReady;

    public ArticleIndexer(IndexSchema schema, BulkIndexer bulk) {
        this.schema = schema;
        this.bulk = bulk;
    }

    /**
     * Makes sure the index and its alias exist (once per process); false while Elasticsearch cannot be reached, so the
     * caller can hold its records back and try again later.
     */
    public boolean ensureIndex() {
        if (!indexReady) {
            try {
                schema.ensureIndex();
                indexReady = true;
            } catch (RuntimeException e) {
                log.warn("Elasticsearch is not ready to take articles yet: {}", e.toString());
            }
        }
        return indexReady;
    }

    /** Queues {@code article}; the future says whether it was indexed, superseded by a newer version, or rejected. */
    public CompletableFuture<IndexOutcome> index(TaggedArticle article) {
        List<String> problems = problems(article);
        if (!problems.isEmpty()) {
            return CompletableFuture.completedFuture(IndexOutcome.rejected(new InvalidEventException(problems)));
        }
        BinaryData document;
        try {
            document = schema.documentJson(article);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(IndexOutcome.rejected(
                    new InvalidEventException("cannot build the search document: " + e.getMessage(), e)));
        }
        return bulk.index(schema.writeAlias(), article.id(), article.version(), document);
    }

    /** Sends queued documents now rather than at the next flush interval. */
    public void flush() {
        bulk.flush();
    }

    /** The contract's checks plus what external versioning needs: Elasticsearch refuses a whole bulk request otherwise. */
    static List<String> problems(TaggedArticle article) {
        List<String> problems = new ArrayList<>(ArticleValidator.problems(article));
        if (article != null && article.version() < 0) {
            problems.add("version: must be zero or more, was " + article.version());
        }
        return problems;
    }
}

package io.newsflow.index.indexing;

import java.io.ByteArrayInputStream;
import java.util.List;

import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.json.JsonpMapper;
import jakarta.json.stream.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a bulk response. When Elasticsearch says {@code "errors":false} every item was indexed and nothing else is read
 * (it writes {@code took} and {@code errors} before the items); otherwise the whole answer is read with the client's
 * own deserialiser, so each item's status and error cause are exactly what the typed client would report.
 */
final class BulkAnswer {

    private static final JsonFactory JSON = new JsonFactory();

    private BulkAnswer() {
    }

    /** Null when every item succeeded; otherwise the items in request order. */
    static List<BulkResponseItem> itemsUnlessAllIndexed(byte[] body, JsonpMapper mapper) {
        if (Boolean.FALSE.equals(errorsFlag(body))) {
            return null;
        }
        try (JsonParser parser = mapper.jsonProvider().createParser(new ByteArrayInputStream(body))) {
            return BulkResponse._DESERIALIZER.deserialize(parser, mapper).items();
        }
    }

    /** The top-level {@code errors} field when it comes before {@code items}; null when it does not or is absent. */
    static Boolean errorsFlag(byte[] body) {
        try (var parser = JSON.createParser(ObjectReadContext.empty(), body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("errors".equals(name)) {
                    return value == JsonToken.VALUE_FALSE ? Boolean.FALSE
                            : value == JsonToken.VALUE_TRUE ? Boolean.TRUE : null;
                }
                if ("items".equals(name)) {
                    return null;
                }
                parser.skipChildren();
            }
            return null;
        }
    }
}

package io.newsflow.kafka;

import java.util.Map;

import org.apache.kafka.common.serialization.Deserializer;

import io.newsflow.model.EventJson;

/**
 * Reads UTF-8 JSON into the event record named by the consumer property {@value #EVENT_TYPE}. Meant to be wrapped by
 * spring-kafka's {@code ErrorHandlingDeserializer}, so a malformed record reaches the error handler (and the
 * dead-letter topic) instead of breaking {@code poll()}.
 */
public class EventDeserializer implements Deserializer<Object> {

    /** Consumer property naming the record class, e.g. {@code io.newsflow.model.Article}. */
    public static final String EVENT_TYPE = "newsflow.event.type";

    private Class<?> type;

    public EventDeserializer() {
    }

    public EventDeserializer(Class<?> type) {
        this.type = type;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (type != null) {
            return;
        }
        Object configured = configs.get(EVENT_TYPE);
        if (configured == null) {
            throw new IllegalStateException("consumer property " + EVENT_TYPE + " must name the event class");
        }
        try {
            type = configured instanceof Class<?> c ? c : Class.forName(configured.toString().strip());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(EVENT_TYPE + " names an unknown class: " + configured, e);
        }
    }

    @Override
    public Object deserialize(String topic, byte[] data) {
        if (type == null) {
            throw new IllegalStateException("EventDeserializer used before configure(): set " + EVENT_TYPE);
        }
        return EventJson.fromBytes(data, type);
    }
}

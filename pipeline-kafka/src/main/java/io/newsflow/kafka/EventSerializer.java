package io.newsflow.kafka;

import org.apache.kafka.common.serialization.Serializer;

import io.newsflow.model.EventJson;

/**
 * Writes any event record of {@code article-model} as UTF-8 JSON. A {@code byte[]} is taken as an event's JSON written
 * earlier (e.g. on a worker thread, spreading the work over the cores) and passes through unchanged.
 */
public class EventSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object data) {
        if (data instanceof byte[] json) {
            return json;
        }
        return data == null ? null : EventJson.toBytes(data);
    }
}

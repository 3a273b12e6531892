package io.newsflow.kafka;

import org.apache.kafka.common.serialization.Serializer;

import io.newsflow.model.EventJson;

/** Writes any event record of {@code article-model} as UTF-8 JSON. */
public class EventSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object data) {
        return data == null ? null : EventJson.toBytes(data);
    }
}

package io.newsflow.ingest.dedup;

import java.nio.ByteBuffer;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * A MinHash signature on the fingerprint topic: base64 of its values as big-endian 32-bit integers, about half the
 * bytes of a JSON number array and much cheaper to write and read. The form is also the version mark: releases before
 * one-permutation MinHash wrote number arrays, whose values cannot be compared with today's, so such a signature is
 * read as none (the article still counts for exact copies, by URL and content hash).
 */
final class SignatureJson {

    private SignatureJson() {
    }

    static final class Writer extends ValueSerializer<int[]> {

        @Override
        public void serialize(int[] signature, JsonGenerator generator, SerializationContext context) {
            ByteBuffer bytes = ByteBuffer.allocate(signature.length * Integer.BYTES);
            bytes.asIntBuffer().put(signature);
            generator.writeBinary(bytes.array());
        }
    }

    static final class Reader extends ValueDeserializer<int[]> {

        @Override
        public int[] deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.START_ARRAY) {
                parser.skipChildren();
                return null;
            }
            byte[] bytes = parser.getBinaryValue();
            if (bytes.length % Integer.BYTES != 0) {
                return context.reportInputMismatch(int[].class,
                        "a signature needs a multiple of 4 bytes, got " + bytes.length);
            }
            int[] signature = new int[bytes.length / Integer.BYTES];
            ByteBuffer.wrap(bytes).asIntBuffer().get(signature);
            return signature;
        }
    }
}

package io.newsflow.kafka;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads lz4-java's native (JNI) codec, which Kafka clients use for {@code compression.type=lz4} once it is loaded.
 * lz4-java loads it by itself only when it sits on the system class loader, so in a Spring Boot executable jar Kafka
 * silently falls back to the pure-Java codec, which made lz4 the largest single item in an ingest profile. The bytes
 * are the same either way; where there is no native library for the platform nothing changes. Reflection, because
 * lz4-java comes with kafka-clients (runtime scope) and its version is theirs to choose.
 */
final class NativeLz4 {

    private static final Logger log = LoggerFactory.getLogger(NativeLz4.class);
    private static boolean tried;
    private static boolean loaded;

    private NativeLz4() {
    }

    /** Loads the native codec (once); true when Kafka will use it. */
    static synchronized boolean load() {
        if (!tried) {
            tried = true;
            try {
                Class<?> factory = Class.forName("net.jpountz.lz4.LZ4Factory");
                Object nativeCodec = factory.getMethod("nativeInstance").invoke(null);
                loaded = factory.getMethod("fastestInstance").invoke(null) == nativeCodec;
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ? e.getCause() : e;
                log.info("lz4 native codec not available ({}); Kafka uses the Java one", String.valueOf(cause));
            }
        }
        return loaded;
    }
}

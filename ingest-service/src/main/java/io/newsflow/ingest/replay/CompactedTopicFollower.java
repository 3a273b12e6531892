package io.newsflow.ingest.replay;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * State kept on a compacted topic: at start-up the whole topic is read before anything that needs the state starts
 * (start fails when that takes longer than the replay timeout), then a daemon thread keeps following it, so every
 * instance sees what the others write. Reads every partition without a consumer group: each instance needs all of it.
 * Subclasses say what a record means ({@link #apply}); a null value is a tombstone.
 */
public abstract class CompactedTopicFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CompactedTopicFollower.class);

    private final Map<String, Object> consumerConfig;
    private final String topic;
    private final Duration replayTimeout;
    private final String timeoutSetting;
    private final String threadName;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running;

    /** {@code timeoutSetting}: the property that sets {@code replayTimeout}, named in the start-up error. */
    protected CompactedTopicFollower(Map<String, Object> consumerConfig, String topic, Duration replayTimeout,
                                     String timeoutSetting, String threadName) {
        this.consumerConfig = new HashMap<>(consumerConfig);
        this.topic = topic;
        this.replayTimeout = replayTimeout;
        this.timeoutSetting = timeoutSetting;
        this.threadName = threadName;
    }

    /** Takes one record of the topic in; {@code record.value()} is null for a tombstone. */
    protected abstract void apply(ConsumerRecord<String, byte[]> record);

    /** Called once the topic has been read to its end at start-up, with the number of records read. */
    protected abstract void replayed(int records);

    protected final String topic() {
        return topic;
    }

    @Override
    public void start() {
        consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumer = new KafkaConsumer<>(consumerConfig);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, replayTimeout).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, replayTimeout);
        long deadline = System.nanoTime() + replayTimeout.toNanos();
        int records = 0;
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            if (System.nanoTime() > deadline) {
                consumer.close();
                throw new IllegalStateException("could not read " + topic + " within " + replayTimeout + " ("
                        + timeoutSetting + ")");
            }
            records += poll();
        }
        replayed(records);
        running = true;
        Thread tail = new Thread(this::tailLoop, threadName);
        tail.setDaemon(true);
        tail.start();
    }

    private int poll() {
        int n = 0;
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
            n++;
            apply(record);
        }
        return n;
    }

    private void tailLoop() {
        try {
            while (running) {
                poll();
            }
        } catch (WakeupException e) {
            // stop() woke us up
        } catch (RuntimeException e) {
            log.error("Stopped following {}: {}", topic, e.toString(), e);
        } finally {
            consumer.close();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the feed poller and the Kafka listener containers, which start in later phases. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}

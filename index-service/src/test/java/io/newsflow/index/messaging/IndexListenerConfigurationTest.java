package io.newsflow.index.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import io.newsflow.index.indexing.IndexingProperties;

class IndexListenerConfigurationTest {

    private final IndexingProperties properties = new IndexingProperties(800, DataSize.ofMegabytes(3), null, null, null,
            null, null, null);

    @Test
    void pollsAWholeBulkRequestWhenTheConsumerSettingsSayNothing() {
        Properties poll = IndexListenerConfiguration.pollSizedToBulks(Map.of("group.id", "g"), properties);

        assertThat(poll).containsEntry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "800")
                .containsEntry(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(3 * 1024 * 1024));
    }

    @Test
    void leavesExplicitConsumerSettingsAlone() {
        Properties poll = IndexListenerConfiguration.pollSizedToBulks(Map.of(
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 65_536), properties);

        assertThat(poll).isEmpty();
    }
}

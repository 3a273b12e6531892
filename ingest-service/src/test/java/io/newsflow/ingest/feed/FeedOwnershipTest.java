package io.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

class FeedOwnershipTest {

    @Test
    void feedBelongsToTheRawPartitionItsItemsAreProducedTo() {
        for (String id : new String[] {"hsj", "gazette", "feeds.example-1a2b3c4d", "x"}) {
            for (int partitions : new int[] {1, 3, 12}) {
                byte[] key = ("feed:" + id).getBytes(StandardCharsets.UTF_8);
                assertThat(FeedOwnership.partitionOf(id, partitions))
                        .isEqualTo(BuiltInPartitioner.partitionForKey(key, partitions));
            }
        }
    }
}

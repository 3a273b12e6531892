package io.newsflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class KafkaClusterIdTest {

    @Test
    void clusterIdNeverStartsWithDashSoTheStorageToolCannotMistakeItForAnOption() {
        // About one id in 64 would start with '-' if nothing prevented it.
        IntStream.range(0, 5_000).mapToObj(i -> KafkaNode.clusterId()).forEach(id -> {
            assertThat(id).doesNotStartWith("-").hasSize(22);
            assertThat(Base64.getUrlDecoder().decode(id)).hasSize(16);
        });
    }
}

package io.newsflow.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelaxedBindingTest {

    @Test
    void mapsBothEnvironmentSpellingsOfADashedProperty() {
        assertThat(RelaxedBinding.environmentNames("newsflow.topics.replication-factor"))
                .containsExactlyInAnyOrder("NEWSFLOW_TOPICS_REPLICATIONFACTOR", "NEWSFLOW_TOPICS_REPLICATION_FACTOR");
        assertThat(RelaxedBinding.binds("SPRING_KAFKA_BOOTSTRAP_SERVERS", "spring.kafka.bootstrap-servers")).isTrue();
    }

    @Test
    void doesNotMapAVariableToAnotherProperty() {
        assertThat(RelaxedBinding.binds("NEWSFLOW_TOPICS_PARTITION", "newsflow.topics.partitions")).isFalse();
        assertThat(RelaxedBinding.binds("NEWSFLOW_TOPICS_PARTITIONS_0", "newsflow.topics.partitions")).isFalse();
    }

    @Test
    void dashesRecordComponentNames() {
        assertThat(RelaxedBinding.dashed("maxRequestBytes")).isEqualTo("max-request-bytes");
        assertThat(RelaxedBinding.dashed("partitions")).isEqualTo("partitions");
    }

    @Test
    void acceptsListElementsAndPropertiesBeneathAPrefix() {
        assertThat(RelaxedBinding.bindsListElement("NEWSFLOW_FEEDS_ALLOWED_HOSTS_0", "newsflow.feeds.allowed-hosts")).isTrue();
        assertThat(RelaxedBinding.bindsListElement("NEWSFLOW_FEEDS_ALLOWED_HOSTS_X", "newsflow.feeds.allowed-hosts")).isFalse();
        assertThat(RelaxedBinding.bindsBeneath("NEWSFLOW_FEEDS_CONFIGURED_0_URL", "newsflow.feeds.configured")).isTrue();
    }
}

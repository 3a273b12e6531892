package io.newsflow.cli.dlq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.cli.UsageException;

class DlqOptionsTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @Test
    void readsEveryPipelineDeadLetterTopicByDefault() {
        assertThat(DlqOptions.parse(List.of("list"), CLOCK).topics())
                .containsExactly("newsflow.raw-items.dlt", "newsflow.articles.dlt", "newsflow.tagged-articles.dlt");
    }

    @Test
    void acceptsTopicWithOrWithoutTheDeadLetterSuffix() {
        assertThat(DlqOptions.parse(List.of("list", "--topic", "newsflow.articles", "--topic", "x.dlt"), CLOCK).topics())
                .containsExactly("newsflow.articles.dlt", "x.dlt");
    }

    @Test
    void showNeedsOneSelector() {
        assertThatThrownBy(() -> DlqOptions.parse(List.of("show"), CLOCK)).isInstanceOf(UsageException.class);
        assertThat(DlqOptions.parse(List.of("show", "art-1"), CLOCK).selector()).isEqualTo("art-1");
    }

    @Test
    void showByCoordinatesReadsTheNamedTopic() {
        assertThat(DlqOptions.parse(List.of("show", "newsflow.articles.dlt/2@41"), CLOCK).topics())
                .containsExactly("newsflow.articles.dlt");
    }

    @Test
    void forceAndYesOnlyForReplay() {
        assertThatThrownBy(() -> DlqOptions.parse(List.of("list", "--force"), CLOCK)).isInstanceOf(UsageException.class);
        DlqOptions replay = DlqOptions.parse(List.of("replay", "--force", "--yes", "--filter", "title"), CLOCK);
        assertThat(replay.force()).isTrue();
        assertThat(replay.yes()).isTrue();
        assertThat(replay.filter().text()).isEqualTo("title");
    }

    @Test
    void rejectsUnknownActionsAndOptions() {
        assertThatThrownBy(() -> DlqOptions.parse(List.of("purge"), CLOCK)).hasMessageContaining("unknown action");
        assertThatThrownBy(() -> DlqOptions.parse(List.of("list", "--topc", "x"), CLOCK)).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> DlqOptions.parse(List.of("list", "--since"), CLOCK)).hasMessageContaining("needs a value");
    }
}

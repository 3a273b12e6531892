package io.newsflow.tagger.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NlpModelsTest {

    @Test
    void loadsShippedModelsOnceAndSharesThem() {
        assertThat(NlpModels.loadDefault()).isSameAs(NlpModels.loadDefault());
        assertThat(NlpModels.load(null)).isSameAs(NlpModels.loadDefault());
        assertThat(NlpModels.loadDefault().gazetteer().size()).isGreaterThan(1500);
    }

    @Test
    void missingConfiguredEntityModelFailsWithItsPath(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere/ner.bin");

        assertThatThrownBy(() -> NlpModels.load(missing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString())
                .hasMessageContaining("NEWSFLOW_TAGGER_ENTITY_MODEL");
    }

    @Test
    void corruptConfiguredEntityModelFailsWithItsPath(@TempDir Path dir) throws Exception {
        Path corrupt = Files.writeString(dir.resolve("ner.bin"), "not a model");

        assertThatThrownBy(() -> NlpModels.load(corrupt))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot load entity model " + corrupt.toAbsolutePath());
    }
}

package io.newsflow.tagger.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.tagger.nlp.EntityFinder;
import io.newsflow.tagger.nlp.NlpModels;
import io.newsflow.tagger.nlp.TextAnalyzer;

class EntityModelTrainerTest {

    private static final Path TRAINING_DATA = Path.of("training");

    @Test
    void trainsAModelFromTheRepositoryDataThatGeneralisesToHeldOutTemplates(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("ner.bin");
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        EntityModelTrainer.Evaluation evaluation =
                EntityModelTrainer.train(TRAINING_DATA, model, new PrintStream(log, true), 1100, 40);

        assertThat(model).isRegularFile();
        assertThat(evaluation.testSentences()).isPositive();
        assertThat(evaluation.f1()).isGreaterThan(0.6);
        assertThat(log.toString()).contains("Held-out evaluation");
    }

    @Test
    void taggerUsesAConfiguredModelFile(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("ner.bin");
        EntityModelTrainer.train(TRAINING_DATA, model, new PrintStream(new ByteArrayOutputStream()), 600, 20);

        NlpModels models = NlpModels.load(model);
        List<Entity> entities = new EntityFinder(models)
                .find(new TextAnalyzer(models).analyze("", "Shares of Google rose in Paris on Monday.", "en"));

        assertThat(models.entityModel()).isNotSameAs(NlpModels.loadDefault().entityModel());
        assertThat(entities).extracting(Entity::text, Entity::type)
                .contains(org.assertj.core.groups.Tuple.tuple("Google", EntityType.ORGANIZATION),
                        org.assertj.core.groups.Tuple.tuple("Paris", EntityType.LOCATION));
    }

    @Test
    void generatedSentencesAreReproducibleForASeed() throws Exception {
        TrainingSentences sentences = TrainingSentences.load(TRAINING_DATA);

        assertThat(sentences.generate(50, 1)).isEqualTo(sentences.generate(50, 1));
        assertThat(sentences.generate(50, 1)).allSatisfy(s -> assertThat(s).contains("<START:").contains("<END>"));
    }
}

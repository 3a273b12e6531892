package io.newsflow.tagger.nlp.tags;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.newsflow.model.StrategyTags;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/** Trains the maxent sentence classifier from the shipped {@code training.txt} (or any file in that format). */
final class StrategyModelTrainer {

    static final String TRAINING_RESOURCE = "/io/newsflow/tagger/nlp/tags/training.txt";
    static final String NONE = "none";
    private static final int ITERATIONS = 150;

    private StrategyModelTrainer() {
    }

    static DoccatModel trainDefault(SentenceFeatures features) {
        try (InputStream in = StrategyModelTrainer.class.getResourceAsStream(TRAINING_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("strategy training data not found on the classpath: "
                        + TRAINING_RESOURCE);
            }
            return train(in, features);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TRAINING_RESOURCE, e);
        }
    }

    /** Trains on LABEL&lt;TAB&gt;sentence lines; LABEL is a taxonomy tag or {@value #NONE}. */
    static DoccatModel train(InputStream trainingData, SentenceFeatures features) throws IOException {
        List<DocumentSample> samples = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(trainingData, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            if (parts.length != 2 || !(StrategyTags.isKnown(parts[0]) || parts[0].equals(NONE))) {
                throw new IllegalArgumentException("training line " + lineNumber + ": want TAG<TAB>sentence, got: "
                        + line);
            }
            samples.add(new DocumentSample(parts[0], features.of(parts[1])));
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        return DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), parameters,
                new DoccatFactory());
    }
}

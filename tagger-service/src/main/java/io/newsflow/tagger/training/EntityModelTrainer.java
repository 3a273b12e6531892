package io.newsflow.tagger.training;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.eval.FMeasure;

/**
 * Rebuilds the shipped name-finder model from the training data in the repository ({@code tagger-service/training/})
 * and evaluates it on a held-out tenth of the sentences. What {@code ./newsflow train} runs.
 */
public final class EntityModelTrainer {

    /** Where the tagger looks for the shipped model, relative to the repository root. */
    public static final Path SHIPPED_MODEL =
            Path.of("tagger-service/src/main/resources/io/newsflow/tagger/models/en-ner-newsflow.bin");
    /** The training data, relative to the repository root. */
    public static final Path TRAINING_DATA = Path.of("tagger-service/training");

    private static final int SENTENCES = 6000;
    private static final int ITERATIONS = 80;
    private static final long SEED = 20240601L;

    /**
     * Held-out evaluation of a trained model.
     *
     * @param trainSentences sentences trained on
     * @param testSentences  held-out sentences evaluated
     * @param precision      span precision on the held-out sentences
     * @param recall         span recall on the held-out sentences
     * @param f1             span F1 on the held-out sentences
     */
    public record Evaluation(int trainSentences, int testSentences, double precision, double recall, double f1) {
    }

    private EntityModelTrainer() {
    }

    /** Trains from {@code trainingDir}, writes the model to {@code output}, prints progress and the evaluation. */
    public static Evaluation train(Path trainingDir, Path output, PrintStream log) throws IOException {
        return train(trainingDir, output, log, SENTENCES, ITERATIONS);
    }

    static Evaluation train(Path trainingDir, Path output, PrintStream log, int count, int iterations) throws IOException {
        TrainingSentences sentences = TrainingSentences.load(trainingDir);
        List<String> lines = sentences.generate(count, SEED);
        List<NameSample> train = new ArrayList<>();
        List<NameSample> test = new ArrayList<>();
        int templates = sentences.templateCount();
        for (int i = 0; i < lines.size(); i++) {
            // whole templates are held out, so the evaluation sees sentence shapes the model never saw
            (i % templates % 10 == 9 ? test : train).add(NameSample.parse(lines.get(i), true));
        }
        log.printf("Training name finder on %d sentences from %s ...%n", train.size(), trainingDir);
        TokenNameFinderModel model = train(train, iterations);
        TokenNameFinderEvaluator evaluator = new TokenNameFinderEvaluator(new NameFinderME(model));
        evaluator.evaluate(new CollectionObjectStream<>(test));
        FMeasure f = evaluator.getFMeasure();
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(output)) {
            model.serialize(out);
        }
        log.printf("Held-out evaluation (%d sentences): precision %.3f recall %.3f F1 %.3f%n", test.size(),
                f.getPrecisionScore(), f.getRecallScore(), f.getFMeasure());
        log.printf("Wrote %s (%d bytes)%n", output, Files.size(output));
        return new Evaluation(train.size(), test.size(), f.getPrecisionScore(), f.getRecallScore(), f.getFMeasure());
    }

    static TokenNameFinderModel train(List<NameSample> samples, int iterations) throws IOException {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        return NameFinderME.train("en", null, new CollectionObjectStream<>(samples), params,
                new TokenNameFinderFactory());
    }

    /**
     * Retrains the shipped model: {@code args[0]} is the repository root (default "."), further arguments are extra
     * places to copy the model to (the build's {@code train-models} profile passes its classes folder).
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path model = root.resolve(SHIPPED_MODEL);
        train(root.resolve(TRAINING_DATA), model, System.out);
        for (int i = 1; i < args.length; i++) {
            Path copy = Path.of(args[i]);
            Files.createDirectories(copy.toAbsolutePath().getParent());
            Files.copy(model, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

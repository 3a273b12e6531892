package io.newsflow.cli.tagging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.newsflow.cli.Command;
import io.newsflow.cli.UsageException;
import io.newsflow.cli.stack.RepoPaths;
import io.newsflow.tagger.training.EntityModelTrainer;

/**
 * {@code ./newsflow train [--out MODEL.bin]}: rebuilds the shipped name-finder model from the training data in the
 * repository ({@code tagger-service/training/} plus the gazetteers) and prints its held-out evaluation. Without
 * {@code --out} the model replaces the shipped one in {@code tagger-service/src/main/resources}; the strategy-shift
 * classifier needs no step here, it trains from its shipped sentences when the tagger starts.
 */
public final class TrainCommand implements Command {

    @Override
    public int run(List<String> args) throws Exception {
        Path root = RepoPaths.root();
        Path out = root.resolve(EntityModelTrainer.SHIPPED_MODEL);
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--out") && i + 1 < args.size()) {
                out = Path.of(args.get(++i));
            } else {
                throw new UsageException("usage: train [--out MODEL.bin]");
            }
        }
        Path data = root.resolve(EntityModelTrainer.TRAINING_DATA);
        if (!Files.isDirectory(data)) {
            throw new UsageException("training data " + data + " not found");
        }
        EntityModelTrainer.Evaluation evaluation = EntityModelTrainer.train(data, out, System.out);
        System.out.printf("entity model: %d training sentences, held-out F1 %.3f -> %s%n", evaluation.trainSentences(),
                evaluation.f1(), out);
        if (out.equals(root.resolve(EntityModelTrainer.SHIPPED_MODEL))) {
            System.out.println("Rebuild (mvn -pl tagger-service install) to ship it; a model elsewhere is used with "
                    + "NEWSFLOW_TAGGER_ENTITY_MODEL=" + out);
        }
        return 0;
    }

    @Override
    public String summary() {
        return "rebuild the shipped entity model from the training data and evaluate it: train [--out MODEL.bin]";
    }
}

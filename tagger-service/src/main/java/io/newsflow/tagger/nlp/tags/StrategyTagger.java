package io.newsflow.tagger.nlp.tags;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsflow.model.StrategyTag;
import io.newsflow.model.StrategyTags;
import io.newsflow.tagger.nlp.AnalyzedSentence;
import io.newsflow.tagger.nlp.AnalyzedText;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * Finds the strategy shifts an article reports. A maxent sentence classifier (OpenNLP doccat, trained on the shipped
 * sentences) scores each sentence; a tag counts only in sentences that carry one of its lexical cues, weighted by
 * where the sentence stands (headline and lede report the news, later paragraphs give background) and by whether it
 * reports, denies, speculates or recalls ({@link ReportingMode}). Thread-safe: the model is shared, each thread has
 * its own categoriser.
 */
public final class StrategyTagger {

    /** Article score a tag needs to be reported. */
    static final double THRESHOLD = 0.5;
    /**
     * Lower bar for an article's best tag: articles in a business news feed nearly always report one shift, so the
     * strongest reading is kept even when the classifier is less sure of it.
     */
    static final double LEAD_FLOOR = 0.25;
    private static final int MAX_TAGS = 3;
    private static final int MAX_EVIDENCE = 3;

    private final DoccatModel model;
    private final SentenceFeatures features;
    private final ThreadLocal<DocumentCategorizerME> categorizer;

    StrategyTagger(DoccatModel model, SentenceFeatures features) {
        this.model = model;
        this.features = features;
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }

    /** A tagger trained at start-up from the shipped training sentences and cue lexicon (well under a second). */
    public static StrategyTagger loadDefault() {
        SentenceFeatures features = new SentenceFeatures(CueLexicon.loadDefault());
        return new StrategyTagger(StrategyModelTrainer.trainDefault(features), features);
    }

    /** A tagger using a model written by {@link #train(Path)}; fails naming the path when it cannot be read. */
    public static StrategyTagger load(Path modelFile) {
        try {
            return new StrategyTagger(new DoccatModel(modelFile), new SentenceFeatures(CueLexicon.loadDefault()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load strategy model " + modelFile + ": " + e.getMessage(), e);
        }
    }

    /** Trains the sentence classifier from the shipped training data and writes it to {@code out}. */
    public static void train(Path out) throws IOException {
        StrategyTagger tagger = loadDefault();
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        tagger.model.serialize(out);
    }

    /** The shifts {@code text} reports, best first, each with confidence and its evidence sentences. */
    public List<StrategyTag> tag(AnalyzedText text) {
        List<StrategyTag> candidates = candidates(text);
        List<StrategyTag> tags = new ArrayList<>();
        for (StrategyTag candidate : candidates) {
            boolean first = tags.isEmpty();
            boolean confident = candidate.confidence() >= (first ? LEAD_FLOOR : THRESHOLD);
            boolean compatible = tags.stream().noneMatch(t -> opposite(t.tag(), candidate.tag()));
            if (confident && compatible && tags.size() < MAX_TAGS) {
                tags.add(candidate);
            }
        }
        return List.copyOf(tags);
    }

    /** Opening up and closing down the same offering cannot both be the news; the stronger reading wins. */
    private static boolean opposite(String a, String b) {
        return Set.of(a, b).equals(Set.of(StrategyTags.OPEN_TO_PROPRIETARY, StrategyTags.PROPRIETARY_TO_OPEN));
    }

    /** Every cued tag with its score, best first, before the threshold. */
    List<StrategyTag> candidates(AnalyzedText text) {
        Map<String, Evidence> byTag = new LinkedHashMap<>();
        List<AnalyzedSentence> sentences = text.all();
        int titleCount = text.title().size();
        DocumentCategorizerME classifier = categorizer.get();
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i).text();
            Map<String, Integer> cued = features.cues().cuePositions(sentence);
            if (cued.isEmpty()) {
                continue; // no tag is possible without a cue, so the sentence need not be classified
            }
            ReportingMode mode = ReportingMode.of(sentence);
            double[] probabilities = classifier.categorize(features.of(sentence, cued.keySet(), mode));
            double position = positionWeight(i - titleCount);
            // Each cued tag is weighed against "none" only: one sentence can report several shifts at once
            // ("closes takeover, cuts 1,200 jobs"), so the tags must not compete with one another.
            double none = probabilities[classifier.getIndex(StrategyModelTrainer.NONE)];
            for (Map.Entry<String, Integer> cue : cued.entrySet()) {
                String tag = cue.getKey();
                double p = probabilities[classifier.getIndex(tag)];
                double score = p / (p + none) * position * ReportingMode.of(sentence, mode, cue.getValue()).weight();
                byTag.computeIfAbsent(tag, t -> new Evidence()).add(sentence, score);
            }
        }
        return byTag.entrySet().stream()
                .map(e -> new StrategyTag(e.getKey(), e.getValue().confidence(), e.getValue().sentences()))
                .sorted(Comparator.comparingDouble(StrategyTag::confidence).reversed()
                        .thenComparing(t -> StrategyTags.ALL.indexOf(t.tag())))
                .toList();
    }

    /** Headline and lede carry the news; the weight falls for later body sentences (bodyIndex &lt; 0: title). */
    static double positionWeight(int bodyIndex) {
        if (bodyIndex < 1) {
            return 1.0;
        }
        return bodyIndex < 3 ? 0.9 : 0.7;
    }

    /** The scored sentences for one tag: the best one sets the confidence, further support adds a little. */
    private static final class Evidence {
        private final List<String> sentences = new ArrayList<>();
        private final List<Double> scores = new ArrayList<>();

        void add(String sentence, double score) {
            sentences.add(sentence);
            scores.add(score);
        }

        double confidence() {
            List<Double> sorted = scores.stream().sorted(Comparator.reverseOrder()).toList();
            double support = sorted.stream().skip(1).limit(3).mapToDouble(s -> 0.15 * s).sum();
            return Math.min(1.0, sorted.get(0) + support);
        }

        List<String> sentences() {
            double best = scores.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < sentences.size() && out.size() < MAX_EVIDENCE; i++) {
                if (scores.get(i) >= best * 0.6) {
                    out.add(sentences.get(i));
                }
            }
            return out;
        }
    }
}

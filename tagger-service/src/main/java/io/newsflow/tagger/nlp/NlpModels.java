package io.newsflow.tagger.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.newsflow.tagger.nlp.entities.Gazetteer;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Every model the tagger uses, loaded once and shared: OpenNLP sentence, token, POS, lemma and language models from
 * Maven Central, the shipped (or a user's) name-finder model and the entity gazetteers. OpenNLP models are immutable and
 * thread-safe; the {@code *ME} objects that use them are not and live per thread in {@link TextAnalyzer} and
 * {@link EntityFinder}.
 */
public final class NlpModels {

    /** Classpath location of the shipped name-finder model that {@code ./newsflow train} rebuilds. */
    public static final String SHIPPED_ENTITY_MODEL = "/io/newsflow/tagger/models/en-ner-newsflow.bin";

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    private static final String LANGUAGE_MODEL = "/langdetect-183.bin";

    private static volatile NlpModels shared;

    final SentenceModel sentences;
    final TokenizerModel tokens;
    final POSModel pos;
    final LemmatizerModel lemmas;
    final LanguageDetectorModel languages;
    final LemmaCache lemmaCache = new LemmaCache();
    private final TokenNameFinderModel entities;
    private final Gazetteer gazetteer;

    private NlpModels(TokenNameFinderModel entities) {
        this.sentences = classpath(SENTENCE_MODEL, SentenceModel::new);
        this.tokens = classpath(TOKEN_MODEL, TokenizerModel::new);
        this.pos = classpath(POS_MODEL, POSModel::new);
        this.lemmas = classpath(LEMMA_MODEL, LemmatizerModel::new);
        this.languages = classpath(LANGUAGE_MODEL, LanguageDetectorModel::new);
        this.entities = entities;
        this.gazetteer = Gazetteer.loadDefault();
    }

    /** The shipped models, loaded on first use and shared by every caller in the JVM. */
    public static NlpModels loadDefault() {
        NlpModels models = shared;
        if (models == null) {
            synchronized (NlpModels.class) {
                models = shared;
                if (models == null) {
                    models = new NlpModels(classpath(SHIPPED_ENTITY_MODEL, TokenNameFinderModel::new));
                    shared = models;
                }
            }
        }
        return models;
    }

    /**
     * The shipped models with the name-finder model read from {@code entityModel}, or {@link #loadDefault()} when it is
     * null.
     *
     * @throws IllegalStateException naming the path when the file is missing or not a name-finder model
     */
    public static NlpModels load(Path entityModel) {
        if (entityModel == null) {
            return loadDefault();
        }
        if (!Files.isRegularFile(entityModel)) {
            throw new IllegalStateException("Entity model " + entityModel.toAbsolutePath() + " does not exist or is not a file"
                    + " (newsflow.tagger.entity-model / NEWSFLOW_TAGGER_ENTITY_MODEL)");
        }
        try {
            return new NlpModels(new TokenNameFinderModel(entityModel));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot load entity model " + entityModel.toAbsolutePath()
                    + " (newsflow.tagger.entity-model / NEWSFLOW_TAGGER_ENTITY_MODEL): " + e.getMessage(), e);
        }
    }

    /** The name-finder model (PERSON, ORGANIZATION, LOCATION, PRODUCT). */
    public TokenNameFinderModel entityModel() {
        return entities;
    }

    /** Gazetteers of known names and of words that are never entities. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T classpath(String resource, ModelReader<T> reader) {
        try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Model " + resource + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load model " + resource, e);
        }
    }
}

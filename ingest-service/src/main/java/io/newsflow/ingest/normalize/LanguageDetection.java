package io.newsflow.ingest.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import io.newsflow.model.LanguageCodes;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language of a text as an ISO 639-1 code, with the OpenNLP langdetect model from {@code opennlp-models-langdetect}.
 * The model is loaded once; detectors are kept one per thread because {@code *ME} classes are not thread-safe.
 */
final class LanguageDetection {

    static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** Below this confidence the text is too short or mixed to say; such articles get "und". */
    private static final double MIN_CONFIDENCE = 0.2;
    /** Character n-gram statistics settle within a few hundred characters; more text only costs time. */
    private static final int MAX_SAMPLE_CHARS = 1_000;

    private final ThreadLocal<LanguageDetectorME> detectors;

    private LanguageDetection(LanguageDetectorModel model) {
        this.detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    static LanguageDetection fromClasspath() {
        try (InputStream in = LanguageDetection.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL_RESOURCE
                        + " is not on the classpath; add org.apache.opennlp:opennlp-models-langdetect");
            }
            return new LanguageDetection(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load language model " + MODEL_RESOURCE, e);
        }
    }

    /** ISO 639-1 code of {@code text}, or "und" when it cannot be told. */
    String detect(String text) {
        String sample = text.length() > MAX_SAMPLE_CHARS ? text.substring(0, MAX_SAMPLE_CHARS) : text;
        Language best = detectors.get().predictLanguage(sample);
        if (best == null || best.getConfidence() < MIN_CONFIDENCE) {
            return "und";
        }
        return toIso1(best.getLang());
    }

    /** ISO 639-1 form of a 2- or 3-letter code, lower case; unknown 3-letter codes are kept as they are. */
    static String toIso1(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        int dash = c.indexOf('-') >= 0 ? c.indexOf('-') : c.indexOf('_');
        if (dash > 0) {
            c = c.substring(0, dash);
        }
        return LanguageCodes.toPart1(c);
    }
}

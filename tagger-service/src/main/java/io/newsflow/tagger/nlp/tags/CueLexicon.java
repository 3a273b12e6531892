package io.newsflow.tagger.nlp.tags;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.newsflow.model.StrategyTags;

/**
 * Lexical cues per strategy-shift tag, read from {@code cues.txt}: the words a sentence reporting that shift uses,
 * and per tag an optional exclusion (a line {@code !TAG}) for phrasings that use those words without the shift
 * ("will no longer count as open source" is no move to open source).
 */
final class CueLexicon {

    static final String RESOURCE = "/io/newsflow/tagger/nlp/tags/cues.txt";

    private final Map<String, Pattern> cues;
    private final Map<String, Pattern> exclusions;

    private CueLexicon(Map<String, Pattern> cues, Map<String, Pattern> exclusions) {
        this.cues = cues;
        this.exclusions = exclusions;
    }

    static CueLexicon loadDefault() {
        try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("strategy cue lexicon not found on the classpath: " + RESOURCE);
            }
            Map<String, Pattern> cues = new LinkedHashMap<>();
            Map<String, Pattern> exclusions = new LinkedHashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                boolean exclusion = parts[0].startsWith("!");
                String tag = exclusion ? parts[0].substring(1) : parts[0];
                if (parts.length != 2 || !StrategyTags.isKnown(tag)) {
                    throw new IllegalStateException(RESOURCE + ": bad line (want [!]TAG<TAB>regex): " + line);
                }
                (exclusion ? exclusions : cues).put(tag,
                        Pattern.compile(parts[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
            return new CueLexicon(Map.copyOf(cues), Map.copyOf(exclusions));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The tags whose cues occur in {@code sentence}, less those whose exclusion pattern also occurs. */
    Set<String> tagsCuedBy(String sentence) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : StrategyTags.ALL) {
            Pattern cue = cues.get(tag);
            Pattern exclusion = exclusions.get(tag);
            if (cue != null && cue.matcher(sentence).find()
                    && (exclusion == null || !exclusion.matcher(sentence).find())) {
                tags.add(tag);
            }
        }
        return tags;
    }
}

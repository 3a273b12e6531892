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

/** Lexical cues per strategy-shift tag, read from {@code cues.txt}: the words a sentence reporting that shift uses. */
final class CueLexicon {

    static final String RESOURCE = "/io/newsflow/tagger/nlp/tags/cues.txt";

    private final Map<String, Pattern> cues;

    private CueLexicon(Map<String, Pattern> cues) {
        this.cues = cues;
    }

    static CueLexicon loadDefault() {
        try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("strategy cue lexicon not found on the classpath: " + RESOURCE);
            }
            Map<String, Pattern> cues = new LinkedHashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                if (parts.length != 2 || !StrategyTags.isKnown(parts[0])) {
                    throw new IllegalStateException(RESOURCE + ": bad line (want TAG<TAB>regex): " + line);
                }
                cues.put(parts[0], Pattern.compile(parts[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
            return new CueLexicon(Map.copyOf(cues));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The tags whose cues occur in {@code sentence}. */
    Set<String> tagsCuedBy(String sentence) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : StrategyTags.ALL) {
            Pattern cue = cues.get(tag);
            if (cue != null && cue.matcher(sentence).find()) {
                tags.add(tag);
            }
        }
        return tags;
    }
}

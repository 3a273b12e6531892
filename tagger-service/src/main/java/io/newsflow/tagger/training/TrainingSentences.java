package io.newsflow.tagger.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates name-finder training sentences in OpenNLP's format ({@code <START:person> Tim Cook <END> said ...}) from the
 * hand-written templates in {@code tagger-service/training/} and the shipped gazetteers. Deterministic for a seed, so
 * {@code ./newsflow train} rebuilds the same model.
 */
final class TrainingSentences {

    private static final Pattern SLOT = Pattern.compile("\\{(PERSON|ORG|LOC|PRODUCT)}");
    private static final String GAZETTEER = "/io/newsflow/tagger/gazetteer/";

    private final List<String> templates;
    private final Map<String, List<String>> names;
    private final List<String> firstNames;
    private final List<String> surnames;

    private TrainingSentences(List<String> templates, Map<String, List<String>> names, List<String> firstNames,
                              List<String> surnames) {
        this.templates = templates;
        this.names = names;
        this.firstNames = firstNames;
        this.surnames = surnames;
    }

    static TrainingSentences load(Path trainingDir) throws IOException {
        List<String> templates = lines(Files.readAllLines(trainingDir.resolve("entity-templates.txt")));
        List<String> surnames = words(lines(Files.readAllLines(trainingDir.resolve("surnames.txt"))));
        return new TrainingSentences(templates, Map.of(
                "PERSON", canonicalNames("people.txt"),
                "ORG", canonicalNames("organizations.txt"),
                "LOC", canonicalNames("locations.txt"),
                "PRODUCT", canonicalNames("products.txt")),
                words(lines(resource("first-names.txt"))), surnames);
    }

    int templateCount() {
        return templates.size();
    }

    /** {@code count} sentences; every template is used in turn, slots filled at random. */
    List<String> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String template = templates.get(i % templates.size());
            Matcher m = SLOT.matcher(template);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String slot = m.group(1);
                String name = pick(slot, random);
                m.appendReplacement(b, Matcher.quoteReplacement("<START:" + type(slot) + "> " + name + " <END>"));
            }
            m.appendTail(b);
            out.add(b.toString());
        }
        return out;
    }

    private String pick(String slot, Random random) {
        if (slot.equals("PERSON") && random.nextInt(3) > 0) {
            return firstNames.get(random.nextInt(firstNames.size())) + " " + surnames.get(random.nextInt(surnames.size()));
        }
        List<String> list = names.get(slot);
        return list.get(random.nextInt(list.size())).replaceAll("([.,'])$", " $1").strip();
    }

    private static String type(String slot) {
        return switch (slot) {
            case "PERSON" -> "person";
            case "ORG" -> "organization";
            case "LOC" -> "location";
            default -> "product";
        };
    }

    private static List<String> canonicalNames(String file) {
        return lines(resource(file)).stream().map(l -> l.split("\\|")[0].strip()).filter(n -> !n.isEmpty()).toList();
    }

    private static List<String> resource(String file) {
        try (InputStream in = TrainingSentences.class.getResourceAsStream(GAZETTEER + file)) {
            if (in == null) {
                throw new IllegalStateException("Gazetteer " + GAZETTEER + file + " is not on the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(List<String> raw) {
        return raw.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static List<String> words(List<String> lines) {
        return lines.stream().flatMap(l -> List.of(l.split("\\s+")).stream()).toList();
    }
}

package io.newsflow.cli.dlq;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.newsflow.cli.UsageException;
import io.newsflow.model.Topics;

/**
 * The parsed {@code ./newsflow dlq} command line.
 *
 * @param action    list, show or replay
 * @param topics    dead-letter topics to read
 * @param filter    which letters
 * @param bootstrap Kafka bootstrap servers, or null for the running stack's (else localhost:9092)
 * @param selector  for show: a key, {@code TOPIC/PARTITION@OFFSET}, or {@code PARTITION@OFFSET} with one --topic
 * @param force     replay letters even when they were replayed before
 * @param yes       replay without asking
 */
record DlqOptions(String action, Set<String> topics, LetterFilter filter, String bootstrap, String selector,
                  boolean force, boolean yes) {

    static final String USAGE = "dlq list|show|replay [--topic T]... [--since 2h|2026-11-30|INSTANT] [--filter TEXT] "
            + "[--bootstrap HOST:PORT] (show: KEY|TOPIC/PARTITION@OFFSET) (replay: [--force] [--yes])";

    static DlqOptions parse(List<String> args, Clock clock) {
        if (args.isEmpty()) {
            throw new UsageException("usage: ./newsflow " + USAGE);
        }
        String action = args.get(0);
        if (!Set.of("list", "show", "replay").contains(action)) {
            throw new UsageException("unknown action '" + action + "'; usage: ./newsflow " + USAGE);
        }
        Set<String> topics = new LinkedHashSet<>();
        java.time.Instant since = null;
        String text = null;
        String bootstrap = null;
        boolean force = false;
        boolean yes = false;
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--topic" -> topics.add(deadLetterTopic(value(args, ++i, arg)));
                case "--since" -> since = LetterFilter.parseSince(value(args, ++i, arg), clock);
                case "--filter" -> text = value(args, ++i, arg);
                case "--bootstrap" -> bootstrap = value(args, ++i, arg);
                case "--force" -> force = true;
                case "--yes", "-y" -> yes = true;
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option '" + arg + "'; usage: ./newsflow " + USAGE);
                    }
                    positional.add(arg);
                }
            }
        }
        if ((force || yes) && !action.equals("replay")) {
            throw new UsageException("--force and --yes belong to replay");
        }
        if (action.equals("show") && positional.size() != 1) {
            throw new UsageException("show needs one KEY or TOPIC/PARTITION@OFFSET");
        }
        if (!action.equals("show") && !positional.isEmpty()) {
            throw new UsageException("unexpected argument '" + positional.get(0) + "'; usage: ./newsflow " + USAGE);
        }
        if (topics.isEmpty() && action.equals("show") && positional.get(0).matches(".+/\\d+@\\d+")) {
            topics.add(positional.get(0).substring(0, positional.get(0).lastIndexOf('/')));
        }
        if (topics.isEmpty()) {
            Topics.PIPELINE.forEach(t -> topics.add(Topics.deadLetterTopicOf(t)));
        }
        return new DlqOptions(action, topics, new LetterFilter(since, text), bootstrap,
                positional.isEmpty() ? null : positional.get(0), force, yes);
    }

    /** {@code newsflow.articles} and {@code newsflow.articles.dlt} both name the dead letters of the articles topic. */
    static String deadLetterTopic(String topic) {
        return topic.endsWith(Topics.DEAD_LETTER_SUFFIX) ? topic : Topics.deadLetterTopicOf(topic);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }
}

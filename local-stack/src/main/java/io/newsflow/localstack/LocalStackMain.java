package io.newsflow.localstack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Starts Kafka and Elasticsearch and keeps them running until Ctrl-C or SIGTERM:
 * {@code LocalStackMain [--kafka-port N] [--es-port N] [--data DIR] [--es-heap 512m] [--fresh]}.
 */
public final class LocalStackMain {

    static final String USAGE = "usage: LocalStackMain [--kafka-port N] [--es-port N] [--data DIR] [--es-heap SIZE]"
            + " [--fresh]";

    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalStackConfig config;
        try {
            config = parse(args, LocalStackConfig.defaults());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        LocalStack stack;
        try {
            stack = LocalStack.start(config);
        } catch (RuntimeException e) {
            StringBuilder message = new StringBuilder("local-stack failed to start: " + e.getMessage());
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                message.append("\n  caused by ").append(cause);
            }
            System.err.println(message);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping");
            stack.close();
            System.out.println("stopped");
            stopped.countDown();
        }, "newsflow-local-stack-shutdown"));
        System.out.println("kafka: " + stack.kafkaBootstrapServers());
        System.out.println("elasticsearch: " + stack.elasticsearchUrl());
        System.out.println("data: " + config.dataDir());
        System.out.println("ready");
        stopped.await();
    }

    /** Applies the command-line options to {@code base}. */
    static LocalStackConfig parse(String[] args, LocalStackConfig base) {
        LocalStackConfig config = base;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--fresh")) {
                config = config.withFresh(true);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + option);
            }
            String value = args[++i];
            config = switch (option) {
                case "--kafka-port" -> config.withKafkaPort(port(option, value));
                case "--es-port" -> config.withElasticsearchPort(port(option, value));
                case "--data" -> config.withDataDir(Path.of(value));
                case "--es-heap" -> config.withEsHeap(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            };
        }
        return config;
    }

    private static int port(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a port number, got " + value);
        }
    }
}

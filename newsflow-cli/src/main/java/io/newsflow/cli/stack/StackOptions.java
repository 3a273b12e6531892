package io.newsflow.cli.stack;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.newsflow.cli.UsageException;

/**
 * Options shared by {@code demo}, {@code up} and {@code supervise}: {@code --kafka-port}, {@code --es-port},
 * {@code --ingest-port}, {@code --tagger-port}, {@code --index-port}, {@code --fresh} (wipe local data first).
 */
record StackOptions(int kafkaPort, int elasticsearchPort, Map<Service, Integer> servicePorts, boolean fresh,
                    List<String> rest) {

    static StackOptions parse(List<String> args) {
        int kafka = 9092;
        int es = 9200;
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        boolean fresh = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--kafka-port" -> kafka = port(args, ++i, arg);
                case "--es-port" -> es = port(args, ++i, arg);
                case "--ingest-port" -> ports.put(Service.INGEST, port(args, ++i, arg));
                case "--tagger-port" -> ports.put(Service.TAGGER, port(args, ++i, arg));
                case "--index-port" -> ports.put(Service.INDEX, port(args, ++i, arg));
                case "--fresh" -> fresh = true;
                default -> rest.add(arg);
            }
        }
        return new StackOptions(kafka, es, ports, fresh, rest);
    }

    /** These options as arguments again, to hand to a background supervisor. */
    List<String> toArgs() {
        List<String> args = new ArrayList<>(List.of("--kafka-port", Integer.toString(kafkaPort),
                "--es-port", Integer.toString(elasticsearchPort)));
        servicePorts.forEach((service, port) -> args.addAll(List.of("--" + service.name().toLowerCase() + "-port", port.toString())));
        if (fresh) {
            args.add("--fresh");
        }
        return args;
    }

    int port(Service service) {
        return servicePorts.getOrDefault(service, service.defaultPort());
    }

    private static int port(List<String> args, int i, String flag) {
        if (i >= args.size()) {
            throw new UsageException(flag + " needs a port number");
        }
        try {
            int port = Integer.parseInt(args.get(i));
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException(flag + " must be a port number 1-65535, was '" + args.get(i) + "'");
        }
    }
}

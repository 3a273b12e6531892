package io.newsflow.cli.stack;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.newsflow.cli.Command;

/** {@code ./newsflow status}: URLs of what {@code up} started and whether each part answers. */
public final class StatusCommand implements Command {

    @Override
    public String summary() {
        return "show URLs and health of what up started";
    }

    @Override
    public int run(List<String> args) throws Exception {
        Optional<StackState> read = StackState.read();
        if (read.isEmpty()) {
            System.out.println("newsflow is not up (start it with ./newsflow up).");
            return 3;
        }
        StackState state = read.get();
        boolean allUp = true;
        allUp &= line("kafka", state.kafka(), kafkaAnswers(state.kafka()));
        allUp &= line("elasticsearch", state.elasticsearch(), elasticsearchHealth(state.elasticsearch()));
        allUp &= line("ingest", state.ingest(), ServiceProcess.isHealthy(state.ingest()) ? "UP" : "DOWN");
        allUp &= line("tagger", state.tagger(), ServiceProcess.isHealthy(state.tagger()) ? "UP" : "DOWN");
        allUp &= line("index", state.index(), ServiceProcess.isHealthy(state.index()) ? "UP" : "DOWN");
        return allUp ? 0 : 1;
    }

    private static boolean line(String name, String url, String health) {
        System.out.printf("  %-14s %-28s %s%n", name, url, health);
        return health.equals("UP") || health.equals("green") || health.equals("yellow");
    }

    private static String kafkaAnswers(String bootstrap) {
        String[] hostPort = bootstrap.split(",")[0].split(":");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), 2000);
            return "UP";
        } catch (Exception e) {
            return "DOWN";
        }
    }

    private static String elasticsearchHealth(String url) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(url + "/_cluster/health")).timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            var matcher = java.util.regex.Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"").matcher(response.body());
            return matcher.find() ? matcher.group(1) : "HTTP " + response.statusCode();
        } catch (Exception e) {
            return "DOWN";
        }
    }
}

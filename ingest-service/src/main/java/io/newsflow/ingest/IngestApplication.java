package io.newsflow.ingest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of ingest-service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestApplication {

    public static void main(String[] args) {
        // first thing: the JDK HTTP client reads this setting once, and feed fetches need it (see FeedFetcher)
        io.newsflow.ingest.feed.HostHeader.allow();
        SpringApplication.run(IngestApplication.class, args);
    }
}

package io.newsflow.tagger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of tagger-service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TaggerApplication {

    public static void main(String[] args) {
        SpringApplication.run(TaggerApplication.class, args);
    }
}

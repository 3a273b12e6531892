package io.newsflow.tagger.config;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.newsflow.tagger.nlp.ArticleTagger;
import io.newsflow.tagger.nlp.NlpModels;
import io.newsflow.tagger.nlp.TaggerOptions;

/** Loads the models once at start-up (failing fast with the model path) and shares one tagger between listener threads. */
@Configuration(proxyBeanMethods = false)
class TaggerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TaggerConfiguration.class);

    @Bean
    NlpModels nlpModels(TaggerProperties properties) {
        long started = System.nanoTime();
        NlpModels models = properties.entityModel() == null ? NlpModels.loadDefault() : NlpModels.load(properties.entityModel());
        log.info("Loaded NLP models ({}) in {} ms",
                properties.entityModel() == null ? "shipped entity model" : "entity model " + properties.entityModel(),
                (System.nanoTime() - started) / 1_000_000);
        return models;
    }

    @Bean
    ArticleTagger articleTagger(NlpModels models, Clock clock) {
        return new ArticleTagger(models, new TaggerOptions(clock, false));
    }
}

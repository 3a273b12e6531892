package io.newsflow.tagger.nlp;

import java.util.List;

import io.newsflow.model.Entity;
import io.newsflow.tagger.nlp.entities.EntityRecognizer;

/**
 * Named entities (PERSON, ORGANIZATION, LOCATION, PRODUCT) of an analysed article, each distinct entity once with its
 * canonical name, aliases and mention count. Thread-safe.
 */
public final class EntityFinder {

    private final EntityRecognizer recognizer;

    public EntityFinder(NlpModels models) {
        this.recognizer = new EntityRecognizer(models.gazetteer(), models.entityModel());
    }

    public List<Entity> find(AnalyzedText text) {
        return recognizer.find(text);
    }
}

package io.newsflow.model;

/** Kinds of named entity, as defined by the corpus annotation guide. */
public enum EntityType {
    /** People. */
    PERSON,
    /** Companies, labs, agencies, regulators, courts, unions, media outlets, foundations. */
    ORGANIZATION,
    /** Countries, cities, states, regions. */
    LOCATION,
    /** Named products, software, AI models, services, apps, platforms, devices, games. */
    PRODUCT
}

package io.newsflow.model;

/** What a key figure measures. */
public enum FigureKind {
    /** An amount of money in any currency, possibly a range: "$115–135 billion", "€1.8 billion". */
    MONEY,
    /** A percentage: "15%", "20 percent". */
    PERCENT,
    /** A multiplier: "50-100 times", "3x". */
    MULTIPLIER,
    /** A headline quantity with its noun: "3.3 billion users", "18,000 roles". */
    QUANTITY
}

package io.newsflow.model;

import java.util.List;
import java.util.Set;

/** The strategy-shift tag taxonomy (v1). Tag values on the wire are these exact strings. */
public final class StrategyTags {

    public static final String OPEN_TO_PROPRIETARY = "open-to-proprietary";
    public static final String PROPRIETARY_TO_OPEN = "proprietary-to-open";
    public static final String PRODUCT_SUNSET = "product-sunset";
    public static final String BUSINESS_MODEL_PIVOT = "business-model-pivot";
    public static final String PRICING_CHANGE = "pricing-change";
    public static final String ACQUISITION = "acquisition";
    public static final String DIVESTITURE = "divestiture";
    public static final String LAYOFFS_RESTRUCTURING = "layoffs-restructuring";
    public static final String MARKET_EXIT = "market-exit";
    public static final String MARKET_ENTRY = "market-entry";
    public static final String PARTNERSHIP = "partnership";
    public static final String LEADERSHIP_CHANGE = "leadership-change";
    public static final String CAPEX_EXPANSION = "capex-expansion";
    public static final String REGULATORY_ACTION = "regulatory-action";
    public static final String FUNDING_ROUND = "funding-round";

    /** Every tag, in taxonomy order. */
    public static final List<String> ALL = List.of(
            OPEN_TO_PROPRIETARY, PROPRIETARY_TO_OPEN, PRODUCT_SUNSET, BUSINESS_MODEL_PIVOT, PRICING_CHANGE,
            ACQUISITION, DIVESTITURE, LAYOFFS_RESTRUCTURING, MARKET_EXIT, MARKET_ENTRY, PARTNERSHIP,
            LEADERSHIP_CHANGE, CAPEX_EXPANSION, REGULATORY_ACTION, FUNDING_ROUND);

    private static final Set<String> KNOWN = Set.copyOf(ALL);

    private StrategyTags() {
    }

    /** Whether {@code tag} is a tag of the taxonomy. */
    public static boolean isKnown(String tag) {
        return tag != null && KNOWN.contains(tag);
    }
}

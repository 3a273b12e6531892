package io.newsflow.tagger.nlp.entities;

import java.util.Set;

/** Words around or inside a name that tell its type. General English, not names. */
final class Cues {

    /** Last word of an organisation's name. */
    static final Set<String> ORGANIZATION_HEADS = words("Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.",
            "Ltd", "Ltd.", "LLC", "PLC", "plc", "AG", "SA", "SE", "NV", "GmbH", "Group", "Holdings", "Holding", "Labs",
            "Technologies", "Technology", "Capital", "Partners", "Ventures", "Bank", "Authority", "Commission", "Agency",
            "Department", "Ministry", "Court", "Union", "Foundation", "Institute", "University", "College", "School",
            "Association", "Council", "Systems", "Networks", "Securities", "Management", "Airlines", "Airways", "Motors",
            "Pharmaceuticals", "Therapeutics", "Media", "News", "Times", "Journal", "Post", "Studios", "Entertainment",
            "Industries", "Enterprises", "Investments", "Fund", "Trust", "Bureau", "Office", "Administration", "Board",
            "Committee", "Parliament", "Senate", "Exchange", "Research", "Robotics", "Semiconductor", "Electronics",
            "Communications", "Telecom", "Energy", "Aerospace", "Health", "HealthCare", "Healthcare", "Financial",
            "Insurance", "Markets", "Brands", "Records", "Pictures", "Games", "Software", "Solutions", "Services", "Consulting",
            "International", "Global", "Society", "League", "Federation", "Party", "Coalition", "Guild", "Institution",
            "Reserve", "Tribunal", "Regulator", "Commissioner", "Police", "Army", "Navy", "Force", "AI", "Computing");

    /** Words before a name that are not part of it ("Prince", "Attorney General"). */
    static final Set<String> HONORIFICS = words("Prince", "Princess", "Queen", "King", "Sheikh", "Attorney", "Pope",
            "Rep.", "Sen.", "Gov.", "Lt.", "Col.", "Gen.", "Sgt.", "Capt.", "Saint", "St.");

    /** Last word of a capitalised phrase that is not a name: laws, licences, events. */
    static final Set<String> NOT_NAME_HEADS = words("License", "Licence", "Act", "Directive", "Regulation", "Law",
            "Bill", "Treaty", "Amendment", "Protocol", "Award", "Awards", "Prize", "Day", "Week", "Conference",
            "Summit", "Keynote", "Agreement");

    /** Last word of a product's name ("Confluent Platform", "Amazon Elasticsearch Service", "Fjord Ultra"). */
    static final Set<String> PRODUCT_HEADS = words("Service", "Platform", "Cloud", "Dashboards", "Studio", "Assistant",
            "Suite", "Store", "Engine", "Console", "Server", "Edition", "Reader", "Browser", "Copilot", "Maps", "Drive",
            "Pay", "Wallet", "Music", "Video", "Pro", "Max", "Plus", "Ultra", "Mini", "Lite", "Turbo", "Air", "Go",
            "Phone", "Watch", "Pad", "Book", "OS", "App", "Messenger", "Chat", "Assist", "Premium");

    /** Organisation heads that take an "of" ("Bank of America", "University of Edinburgh"). */
    static final Set<String> INSTITUTIONS = words("Bank", "University", "Department", "Ministry", "Court", "Institute",
            "School", "College", "Office", "Bureau", "Council", "Commission", "Board", "Agency", "Union", "Federation",
            "Association", "Society", "Chamber", "Academy", "Museum", "Secretary", "Republic", "Kingdom", "Church",
            "Party", "House", "League", "Organization", "Organisation", "Authority", "Tribunal", "Parliament");

    /** Last word of a place's name. */
    static final Set<String> LOCATION_HEADS = words("City", "County", "Province", "Valley", "Bay", "Island", "Islands",
            "Square", "Avenue", "Street", "Mountains", "River", "Lake", "Coast", "Region", "Peninsula", "Sea", "Ocean",
            "Desert", "Park", "Heights", "Beach", "Harbor", "Harbour", "Boulevard", "District");

    /** Lemmas of the word after a product name. */
    static final Set<String> PRODUCT_NOUNS = words("app", "apps", "model", "platform", "service", "chip", "device",
            "headset", "phone", "smartphone", "software", "browser", "console", "game", "assistant", "chatbot", "tool",
            "engine", "processor", "subscription", "tier", "feature", "database", "laptop", "tablet", "smartwatch",
            "glasses", "car", "truck", "vehicle", "drone", "robot", "accelerator", "gpu", "cpu", "release", "lineup",
            "series", "handset", "speaker", "earbud", "camera", "plugin", "extension", "framework", "library", "runtime",
            "distribution", "os", "product", "suite", "edition", "bundle", "offering", "network", "messenger", "reader",
            "editor", "search", "store", "marketplace", "server", "cloud", "copilot", "agent", "llm", "aircraft", "jet",
            "plane", "engine", "sedan", "suv", "pickup", "burger", "drink", "beverage", "console", "platforms");

    /** Lemmas of a title or role word just before a person's name. */
    static final Set<String> PERSON_TITLES = words("executive", "ceo", "cfo", "cto", "coo", "founder", "cofounder",
            "co-founder", "president", "chairman", "chairwoman", "chair", "analyst", "director", "officer", "head", "chief",
            "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "minister", "prince", "princess", "king", "queen", "sheikh", "secretary", "judge", "justice",
            "spokesperson", "spokeswoman", "spokesman", "commissioner", "senator", "governor", "manager", "engineer",
            "researcher", "investor", "economist", "partner", "lead", "vp", "boss", "leader", "rep.", "sen.", "gov.",
            "professor", "prof.", "author", "journalist", "reporter", "columnist", "scientist", "billionaire",
            "entrepreneur", "chancellor", "mayor", "counsel", "attorney", "lawyer", "creator", "designer",
            "developer", "host", "star", "actor", "singer", "trader", "strategist", "activist", "shareholder",
            "successor", "predecessor", "deputy", "colleague", "veteran", "member");

    /** Lemmas of a verb right after a person's name. */
    static final Set<String> PERSON_VERBS = words("say", "tell", "write", "add", "argue", "explain", "note", "claim",
            "insist", "recall", "acknowledge", "admit", "resign", "step", "join", "tweet", "post", "testify", "believe",
            "think", "want", "hope", "warn", "predict", "describe", "decline", "confirm", "deny", "sue");

    /** Words joining two capitalised parts of one name ("Department of Justice", "Open Distro for Elasticsearch"). */
    static final Set<String> CONNECTORS = words("of", "for", "and", "&", "de", "du", "la", "le", "von", "van", "der",
            "den", "del", "da", "di", "bin", "al", "i", "on", "the");

    private Cues() {
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}

package io.newsflow.cli.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generated business-news articles of about 300 words, for benchmarks on machines without the dev corpus. */
final class SyntheticArticles {

    private static final String[] COMPANIES = {"Northwind Systems", "Contoso", "Fabrikam Labs", "Globex", "Initech",
        "Umbrella Capital", "Hooli", "Vandelay Industries", "Stark Robotics", "Wayne Energy"};
    private static final String[] PEOPLE = {"Maria Jensen", "Tom Okafor", "Priya Raman", "Luca Bianchi", "Sarah Cole",
        "Kenji Mori", "Ana Ferreira", "David Stone"};
    private static final String[] PLACES = {"London", "Berlin", "Austin", "Singapore", "Toronto", "Paris", "Seoul"};
    private static final String[] PRODUCTS = {"Nimbus", "Atlas Pro", "Quill 2", "Beacon", "Orbit Cloud", "Pulse"};
    private static final String[] SENTENCES = {
        "%C said on Tuesday that it would cut about 1,200 jobs, or 8%% of its workforce, as demand for %P slowed.",
        "Chief executive %N told analysts that the company expects revenue of $4.2 billion this year.",
        "The move follows a similar decision by %C, which closed its office in %L last month.",
        "%N, who joined %C from %C in 2019, will oversee the new division from %L.",
        "Shares of %C fell 6%% in early trading in New York after the announcement.",
        "Customers of %P will be moved to %P over the next six months, the company said.",
        "Analysts at %C said the deal values the business at roughly 12 times its annual sales.",
        "\"We are focusing on what our customers actually use,\" %N said in a statement.",
        "Regulators in %L have asked %C for more information about the acquisition.",
        "The company, founded in %L in 2011, had raised more than $300 million from investors."};

    private SyntheticArticles() {
    }

    /** {@code count} articles as {title, body} pairs. */
    static List<String[]> generate(int count, Random random) {
        List<String[]> out = new ArrayList<>(count);
        for (int a = 0; a < count; a++) {
            String title = fill("%C to cut jobs and retire %P as growth slows in %L", random);
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 5; p++) {
                for (int s = 0; s < 3; s++) {
                    body.append(fill(SENTENCES[random.nextInt(SENTENCES.length)], random)).append(' ');
                }
                body.setLength(body.length() - 1);
                body.append(p < 4 ? "\n\n" : "");
            }
            out.add(new String[] {title, body.toString()});
        }
        return out;
    }

    private static String fill(String template, Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length() && template.charAt(i + 1) != '%') {
                char slot = template.charAt(++i);
                String[] names = slot == 'C' ? COMPANIES : slot == 'N' ? PEOPLE : slot == 'L' ? PLACES : PRODUCTS;
                b.append(names[random.nextInt(names.length)]);
            } else if (c == '%') {
                b.append('%');
                i++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}

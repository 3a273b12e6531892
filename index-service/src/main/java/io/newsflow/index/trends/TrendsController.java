package io.newsflow.index.trends;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.newsflow.index.web.BadRequestException;
import io.newsflow.index.web.Params;
import io.newsflow.model.StrategyTags;

/** {@code GET /api/trends} and {@code GET /api/briefing}. */
@RestController
class TrendsController {

    private final TrendsService trends;
    private final BriefingService briefing;

    TrendsController(TrendsService trends, BriefingService briefing) {
        this.trends = trends;
        this.briefing = briefing;
    }

    @GetMapping("/api/trends")
    @Operation(summary = "Counts over time", description = "Articles per interval (near-duplicates not counted), "
            + "optionally only those with a tag and/or naming an entity.")
    TrendsService.Trend trends(
            @Parameter(description = "strategy-shift tag, e.g. layoffs-restructuring")
            @RequestParam(required = false) String tag,
            @Parameter(description = "entity name, any form, any case")
            @RequestParam(required = false) String entity,
            @Parameter(description = "day, week, month, quarter or year")
            @RequestParam(defaultValue = "month") String interval,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        List<String> problems = new ArrayList<>();
        String tagValue = tag == null || tag.isBlank() ? null : tag.trim();
        if (tagValue != null && !StrategyTags.isKnown(tagValue)) {
            problems.add("parameter 'tag': '" + tag + "' is not a known tag " + StrategyTags.ALL);
        }
        String intervalValue = interval.trim().toLowerCase(Locale.ROOT);
        if (!TrendsService.INTERVALS.containsKey(intervalValue)) {
            problems.add("parameter 'interval': '" + interval + "' is not one of day, week, month, quarter, year");
        }
        Instant fromTime = Params.instant("from", from, false, problems);
        Instant toTime = Params.instant("to", to, true, problems);
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        String entityValue = entity == null || entity.isBlank() ? null : entity.trim();
        return trends.trend(intervalValue, tagValue, entityValue, fromTime, toTime);
    }

    @GetMapping("/api/briefing")
    @Operation(summary = "Weekly briefing", description = "The strategy shifts reported in one ISO week, grouped "
            + "by story, each with its articles and source links.")
    BriefingService.Briefing briefing(
            @Parameter(description = "ISO week, e.g. 2024-W07", required = true) @RequestParam String week) {
        return briefing.briefing(week);
    }
}

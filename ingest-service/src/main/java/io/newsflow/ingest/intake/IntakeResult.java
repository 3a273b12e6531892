package io.newsflow.ingest.intake;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What happened to one posted article.
 *
 * @param index       position in the request (0 for a single object)
 * @param id          the article id (given or derived), null when it could not be told
 * @param status      {@code accepted}, {@code duplicate} (accepted, a copy of {@code duplicateOf}),
 *                    {@code unchanged} (this id with this text was already taken) or {@code rejected}
 * @param duplicateOf the original's id for a duplicate
 * @param problems    why it was rejected
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record IntakeResult(int index, String id, String status, String duplicateOf, List<String> problems) {

    static final String ACCEPTED = "accepted";
    static final String DUPLICATE = "duplicate";
    static final String UNCHANGED = "unchanged";
    static final String REJECTED = "rejected";
}

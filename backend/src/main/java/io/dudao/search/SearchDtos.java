package io.dudao.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

public final class SearchDtos {

    private SearchDtos() {
    }

    @Schema(description = "A run of the snippet's text; match: it is (part of) a query word, to be highlighted")
    public record SnippetPart(@Schema(required = true) String text, @Schema(required = true) boolean match) {
    }

    @Schema(description = "One object found")
    public record SearchHit(
            @Schema(required = true) long id,
            @Schema(required = true) String title,
            @Schema(required = true, description = "A passage around the first match, as runs of text with the matches marked; in the searched form (文号 brackets as 〔〕, full-width digits and letters as ASCII, letters in lower case)")
            List<SnippetPart> snippet,
            @Schema(required = true, description = "Where the web client shows the object, e.g. /tasks/12", examples = "/tasks/12")
            String link) {
    }

    @Schema(description = "The objects of one kind found, the best first: the earliest match (the title comes first), then the newest")
    public record SearchGroup(
            @Schema(required = true, description = "PLAN, PLAN_ITEM, ORGANIZATION or a kind of work: TASK, FORWARDING, REPORT, FINDING, CASE …")
            String kind,
            @Schema(required = true, description = "How many of this kind match in all")
            long total,
            @Schema(required = true) List<SearchHit> items) {
    }

    @Schema(description = "Groups in a stable order of kinds; a kind with nothing found has no group")
    public record SearchResponse(@Schema(required = true) String q, @Schema(required = true) List<SearchGroup> groups) {
    }
}

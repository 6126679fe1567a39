package io.dudao.inbox;

import io.dudao.common.work.Light;
import io.dudao.common.work.WorkKind;
import io.dudao.common.work.WorkRegistry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The inbox's API types. */
public final class InboxDtos {

    private InboxDtos() {
    }

    @Schema(name = "InboxItem", description = "One piece of open work whose next step is the caller's")
    public record InboxItem(@Schema(required = true) WorkKind kind, @Schema(required = true) long id,
                            @Schema(required = true) String title,
                            @Schema(required = true, description = "The organisation the work is assigned to or about") long ownerOrgId,
                            String ownerOrgName, Long planItemId, LocalDate dueDate, @Schema(required = true) Light light,
                            @Schema(required = true, description = "Where the web client shows it, e.g. /tasks/12") String link) {

        static InboxItem of(WorkRegistry.WorkItem item) {
            return new InboxItem(item.kind(), item.id(), item.title(), item.ownerOrgId(), item.ownerOrgName(), item.planItemId(),
                    item.dueDate(), item.light(), item.link());
        }
    }

    @Schema(name = "InboxPage")
    public record InboxPage(@Schema(required = true) List<InboxItem> items, @Schema(required = true) int page,
                            @Schema(required = true) int size, @Schema(required = true) long total) {
    }

    @Schema(name = "InboxKindCount")
    public record KindCount(@Schema(required = true) WorkKind kind, @Schema(required = true) long open,
                            @Schema(required = true, description = "Past their due date (red)") long overdue,
                            @Schema(required = true, description = "Due within 3 days (yellow)") long dueSoon) {
    }

    @Schema(name = "InboxCounts")
    public record InboxCounts(@Schema(required = true, description = "Everything waiting for the caller") long total,
                              @Schema(required = true) long overdue,
                              @Schema(required = true, description = "Every kind of work, with zeros") List<KindCount> kinds) {
    }
}

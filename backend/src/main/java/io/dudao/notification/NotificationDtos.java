package io.dudao.notification;

import io.dudao.common.work.WorkKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** The notification feature's API types. */
public final class NotificationDtos {

    private NotificationDtos() {
    }

    public enum NotificationKind {
        ASSIGNED("新"), RETURNED("被退回"), APPROVED("已通过"), DECIDED("已作出决定"), REPLIED("有新的报送"), DUE_SOON("3个工作日内到期"), OVERDUE("已逾期");

        private final String phrase;

        NotificationKind(String phrase) {
            this.phrase = phrase;
        }

        /** The notification's title, e.g. "任务被退回：报送总结". */
        String title(WorkKind work, String subject) {
            String head = this == ASSIGNED ? phrase + work.label() : work.label() + phrase;
            String title = head + "：" + subject;
            return title.length() > 300 ? title.substring(0, 300) : title;
        }
    }

    @Schema(name = "Notification")
    public record NotificationResponse(@Schema(required = true) long id, @Schema(required = true) NotificationKind kind,
                                       @Schema(required = true) WorkKind workKind, @Schema(required = true) long workId,
                                       @Schema(required = true) String title,
                                       @Schema(required = true, description = "Where the web client shows the work") String link,
                                       @Schema(required = true) OffsetDateTime createdAt, OffsetDateTime readAt) {
    }

    @Schema(name = "NotificationPage")
    public record NotificationPage(@Schema(required = true) List<NotificationResponse> items, @Schema(required = true) int page,
                                   @Schema(required = true) int size, @Schema(required = true) long total,
                                   @Schema(required = true, description = "The caller's unread notifications in all") long unread) {
    }

    @Schema(name = "MarkedRead")
    public record MarkedRead(@Schema(required = true, description = "How many notifications were marked read") int marked) {
    }
}

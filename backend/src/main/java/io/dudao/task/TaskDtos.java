package io.dudao.task;

import io.dudao.attachment.AttachmentDtos.AttachmentResponse;
import io.dudao.task.TaskEnums.Category;
import io.dudao.common.work.Light;
import io.dudao.task.TaskEnums.Priority;
import io.dudao.task.TaskEnums.Status;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** API types of tasks. */
public final class TaskDtos {

    private TaskDtos() {
    }

    @Schema(name = "Milestone", description = "A 时间节点 of a task")
    public record MilestoneResponse(
            @Schema(required = true) long id,
            @Schema(required = true) String title,
            @Schema(required = true) LocalDate dueDate,
            LocalDate doneOn) {
    }

    @Schema(name = "Task")
    public record TaskResponse(
            @Schema(required = true) long id,
            @Schema(required = true) String title,
            String description,
            Long planId,
            Long planItemId,
            Long parentId,
            Long forwardingId,
            @Schema(required = true) Category category,
            @Schema(required = true) long issuerOrgId,
            @Schema(required = true) String issuerOrgName,
            @Schema(required = true) long assigneeOrgId,
            @Schema(required = true) String assigneeOrgName,
            @Schema(required = true) Priority priority,
            LocalDate startDate,
            LocalDate dueDate,
            @Schema(required = true) Status status,
            @Schema(required = true) int progressPercent,
            @Schema(required = true, description = "Derived: RED past due and not completed, YELLOW due within 3 days, GREEN on track, NONE closed or undated")
            Light light,
            @Schema(required = true) List<MilestoneResponse> milestones,
            OffsetDateTime acknowledgedAt,
            @Schema(description = "Why the issuer returned it last") String returnReason,
            @Schema(required = true, description = "Actions the caller may take now, e.g. start, submit, accept") List<String> allowedActions,
            @Schema(description = "The newest accountability case opened from this task that the caller may see")
            Long accountabilityCaseId,
            @Schema(required = true) long version,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt) {
    }

    @Schema(name = "SaveMilestone")
    public record SaveMilestone(
            Long id,
            @NotBlank @Size(max = 300) @Schema(required = true) String title,
            @NotNull @Schema(required = true) LocalDate dueDate,
            LocalDate doneOn) {
    }

    @Schema(name = "SaveTaskRequest")
    public record SaveTaskRequest(
            @NotBlank @Size(max = 300) @Schema(required = true) String title,
            @Size(max = 20000) String description,
            Long planId,
            Long planItemId,
            @Schema(description = "Decompose: the task this one is a subtask of (assigned to the caller's organisation)") Long parentId,
            @NotNull @Schema(required = true) Category category,
            @NotNull @Schema(required = true) Long assigneeOrgId,
            @Schema(description = "Defaults to NORMAL") Priority priority,
            LocalDate startDate,
            LocalDate dueDate,
            @Valid @Size(max = 50) List<SaveMilestone> milestones,
            @Schema(description = "The version being updated (or send If-Match); ignored on create") Long version) {
    }

    @Schema(name = "BatchTaskRequest", description = "One task for many organisations: a parent plus one child per assignee")
    public record BatchTaskRequest(
            @NotBlank @Size(max = 300) @Schema(required = true) String title,
            @Size(max = 20000) String description,
            Long planId,
            Long planItemId,
            @NotNull @Schema(required = true) Category category,
            @NotEmpty @Size(max = 200) @Schema(required = true) List<@NotNull Long> assigneeOrgIds,
            Priority priority,
            LocalDate startDate,
            LocalDate dueDate,
            @Valid @Size(max = 50) List<SaveMilestone> milestones) {
    }

    @Schema(name = "TaskBatchResult")
    public record TaskBatchResult(
            @Schema(required = true) TaskResponse parent,
            @Schema(required = true) List<TaskResponse> children) {
    }

    @Schema(name = "ProgressRequest")
    public record ProgressRequest(
            @NotNull @Min(0) @Max(100) @Schema(required = true) Integer percent,
            @Size(max = 5000) @Schema(description = "Required when the percentage goes down") String note,
            @Size(max = 20) List<@NotNull Long> attachmentIds) {
    }

    @Schema(name = "Progress", description = "One progress report (进展)")
    public record ProgressResponse(
            @Schema(required = true) long id,
            @Schema(required = true) long taskId,
            @Schema(required = true) int percent,
            String note,
            String authorName,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) List<AttachmentResponse> attachments) {
    }

    @Schema(name = "ReasonRequest")
    public record ReasonRequest(@NotBlank @Size(max = 1000) @Schema(required = true) String reason) {
    }

    @Schema(name = "AcknowledgeRequest", description = "签收; attach the meeting record (会议记录) to complete it")
    public record AcknowledgeRequest(
            @Size(max = 5000) String note,
            @Size(max = 20) List<@NotNull Long> attachmentIds) {
    }
}

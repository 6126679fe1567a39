package io.dudao.plan;

import io.dudao.common.work.Light;
import io.dudao.common.work.WorkKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.dudao.plan.importing.ImportWarningField;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** API types of work plans (工作要点). */
public final class PlanDtos {

    private PlanDtos() {
    }

    @Schema(name = "PlanItem", description = "A numbered item (重点工作) of a plan, with its sub-items")
    public record PlanItemResponse(
            @Schema(required = true) long id,
            @Schema(required = true, description = "1-based order within its parent") int seq,
            @Schema(required = true, description = "The item's title, e.g. 做好市级政府履行教育职责评价考核") String heading,
            String content,
            @Schema(required = true) List<PlanItemResponse> subItems) {
    }

    @Schema(name = "ForwardedFrom", description = "The cover notice (转发) a plan arrived in")
    public record ForwardedFrom(
            @Schema(description = "e.g. 蒲政教督办函〔2023〕3号") String documentNumber,
            @Schema(description = "The forwarding body, e.g. 蒲城县人民政府教育督导委员会办公室") String issuingBody,
            LocalDate issuedOn,
            String title,
            String recipients,
            String instructions) {
    }

    @Schema(name = "Plan", description = "A work plan (工作要点) with its items")
    public record PlanResponse(
            @Schema(required = true) long id,
            @Schema(required = true) String title,
            @Schema(required = true) int year,
            @Schema(required = true) long issuingOrgId,
            @Schema(required = true) String issuingOrgName,
            @Schema(description = "文号, e.g. 渭政教督办〔2023〕1号") String documentNumber,
            LocalDate issuedOn,
            @Schema(description = "主送") String recipients,
            String preamble,
            @Schema(required = true) PlanStatus status,
            @Schema(required = true) List<PlanItemResponse> items,
            ForwardedFrom forwardedFrom,
            @Schema(required = true) long version) {
    }

    @Schema(name = "PlanSummary", description = "A plan as listed, without its items")
    public record PlanSummary(
            @Schema(required = true) long id,
            @Schema(required = true) String title,
            @Schema(required = true) int year,
            @Schema(required = true) long issuingOrgId,
            @Schema(required = true) String issuingOrgName,
            String documentNumber,
            LocalDate issuedOn,
            @Schema(required = true) PlanStatus status,
            @Schema(required = true) long version) {
    }

    @Schema(name = "SavePlanItem")
    public record SavePlanItem(
            @Schema(description = "Keep an existing item's id so tasks linked to it stay linked") Long id,
            @NotBlank @Size(max = 500) @Schema(required = true) String heading,
            @Size(max = 20000) String content,
            @Valid List<SavePlanItem> subItems) {
    }

    @Schema(name = "SavePlanRequest")
    public record SavePlanRequest(
            @NotBlank @Size(max = 300) @Schema(required = true) String title,
            @NotNull @Min(2000) @Max(2100) @Schema(required = true) Integer year,
            @Schema(description = "Defaults to the caller's organisation") Long issuingOrgId,
            @Size(max = 100) String documentNumber,
            LocalDate issuedOn,
            @Size(max = 1000) String recipients,
            @Size(max = 20000) String preamble,
            @Valid List<SavePlanItem> items,
            @Valid ForwardedFrom forwardedFrom,
            @Schema(description = "The version being updated (or send If-Match); ignored on create") Long version) {
    }

    @Schema(name = "ImportWarning", description = "Something the importer could not read, or read only by repairing or "
            + "guessing (导入提示), with the source line it points at. It stays on the plan until an editor dismisses it.")
    public record ImportWarningResponse(
            @Schema(required = true) long id,
            @Schema(required = true, description = "1-based line of the imported text") int line,
            @Schema(required = true, description = "The part of the plan the warning concerns") ImportWarningField field,
            @Schema(required = true, examples = "文号“洛政教督〔20213”缺少“〕”（年份与序号连写）、缺少“号”，已按最可能的“洛政教督〔2021〕3号”录入，请核对")
            String message,
            @Schema(description = "The imported line the warning points at") String sourceText,
            @Schema(description = "When an editor dismissed it; absent while open") OffsetDateTime dismissedAt,
            @Schema(description = "Who dismissed it (username)") String dismissedBy) {
    }

    @Schema(name = "PlanImportResult", description = "The draft plan created from a document, and what the importer could not read")
    public record PlanImportResult(
            @Schema(required = true) PlanResponse plan,
            @Schema(description = "The cover notice when the document was a forwarding (转发) notice") ForwardedFrom forwarding,
            @Schema(required = true, description = "The warnings, saved on the plan until dismissed") List<ImportWarningResponse> importWarnings,
            @Schema(required = true, description = "The text that was parsed, one entry per source line (for highlighting warnings)")
            List<String> sourceLines) {
    }

    @Schema(name = "CreateForwardingRequest")
    public record CreateForwardingRequest(
            @NotBlank @Size(max = 100) @Schema(required = true, examples = "蒲政教督办函〔2023〕3号") String documentNumber,
            @NotEmpty @Size(max = 200) @Schema(required = true) List<@NotNull Long> recipientOrgIds,
            @Size(max = 5000) String instructions,
            LocalDate dueDate) {
    }

    @Schema(name = "ForwardingRecipient")
    public record ForwardingRecipient(
            @Schema(required = true) long organizationId,
            @Schema(required = true) String organizationName,
            @Schema(required = true) long taskId,
            @Schema(required = true, description = "NOT_ACKNOWLEDGED 未签收, ACKNOWLEDGED 已签收, RECORD_UPLOADED 已上传会议记录")
            AcknowledgementState state,
            java.time.OffsetDateTime acknowledgedAt,
            @Schema(required = true, description = "Past the due date and not yet complete") boolean late) {
    }

    public enum AcknowledgementState {
        NOT_ACKNOWLEDGED, ACKNOWLEDGED, RECORD_UPLOADED
    }

    @Schema(name = "Forwarding", description = "A forwarding (转发) of a plan to recipient organisations")
    public record ForwardingResponse(
            @Schema(required = true) long id,
            @Schema(required = true) long planId,
            @Schema(required = true) long forwardingOrgId,
            @Schema(required = true) String forwardingOrgName,
            @Schema(required = true) String documentNumber,
            String instructions,
            LocalDate dueDate,
            @Schema(required = true) java.time.OffsetDateTime createdAt,
            @Schema(required = true) List<ForwardingRecipient> recipients) {
    }

    /** How an item stands: nothing linked yet (未关联, not 0%), work open, or all of it done. */
    public enum ProgressStatus {
        NOT_LINKED, OPEN, DONE
    }

    @Schema(name = "KindProgress", description = "One kind of work linked to an item (with its sub-items)")
    public record KindProgress(
            @Schema(required = true) WorkKind kind,
            @Schema(required = true) long linked,
            @Schema(required = true) long done,
            @Schema(required = true) long open,
            @Schema(required = true, description = "Open and past due") long overdue,
            @Schema(required = true, description = "The worst light among the open work") Light light,
            @Schema(description = "The earliest due date among the open work") LocalDate nextOpenDue) {
    }

    @Schema(name = "ProgressFigures", description = "Linked work counted done, open and overdue; completion = done ÷ linked")
    public record ProgressFigures(
            @Schema(required = true, description = "NOT_LINKED (未关联) when nothing is linked, not 0%") ProgressStatus status,
            @Schema(required = true) long linked,
            @Schema(required = true) long done,
            @Schema(required = true) long open,
            @Schema(required = true) long overdue,
            @Schema(description = "done ÷ linked, 0–1 with 3 decimals; absent when nothing is linked") Double completion,
            @Schema(required = true, description = "The worst light of the open work") Light light,
            @Schema(required = true, description = "Per kind of work, only kinds with linked work") List<KindProgress> kinds) {
    }

    @Schema(name = "PlanItemProgress", description = "An item's progress, its sub-items' work included")
    public record ItemProgress(
            @Schema(required = true) long itemId,
            @Schema(required = true) int seq,
            @Schema(required = true) String heading,
            @Schema(required = true) ProgressFigures progress,
            @Schema(required = true) List<ItemProgress> subItems) {
    }

    @Schema(name = "PlanProgress", description = "Per item and sub-item: the work linked to it that the caller may see")
    public record PlanProgress(
            @Schema(required = true) long planId,
            @Schema(required = true) String title,
            @Schema(required = true) int year,
            @Schema(required = true, description = "The day overdue and lights are counted on") LocalDate asOf,
            @Schema(required = true, description = "The whole plan") ProgressFigures progress,
            @Schema(required = true) List<ItemProgress> items) {
    }

    @Schema(name = "PlanItemRef", description = "A plan item as work refers to it: its plan and its place in the outline")
    public record PlanItemRef(
            @Schema(required = true) long id,
            @Schema(required = true) long planId,
            @Schema(required = true) String planTitle,
            @Schema(required = true) int planYear,
            @Schema(required = true, description = "The item's numbering path, e.g. [3, 1] for 三、（一）") List<Integer> path,
            @Schema(required = true) String heading) {
    }
}

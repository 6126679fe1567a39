package io.dudao.inspection;

import io.dudao.attachment.AttachmentDtos.AttachmentResponse;
import io.dudao.inspection.InspectionEnums.FindingSeverity;
import io.dudao.inspection.InspectionEnums.FindingSource;
import io.dudao.inspection.InspectionEnums.FindingStatus;
import io.dudao.inspection.InspectionEnums.InspectionReportStatus;
import io.dudao.inspection.InspectionEnums.InspectionType;
import io.dudao.common.work.Light;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** API types of inspection reports (督导报告) and their findings (问题台账). */
public final class InspectionDtos {

    private InspectionDtos() {
    }

    @Schema(name = "SaveScore", description = "One leaf indicator's score: points (SCORED), or passed / the measured value (THRESHOLD)")
    public record SaveScore(
            @NotBlank @Size(max = 20) @Schema(required = true, examples = "1.2") String indicatorCode,
            @Digits(integer = 12, fraction = 6)
            @Schema(description = "SCORED: points 0..maxScore; THRESHOLD with an operator: the measured value (at most 6 decimals, the finest rounding an indicator may ask for)")
            BigDecimal score,
            @Schema(description = "THRESHOLD: whether the item meets the requirement (derived from score when the item has a threshold)")
            Boolean passed,
            @Size(max = 2000) String remark) {
    }

    @Schema(name = "Score")
    public record ScoreResponse(
            @Schema(required = true) String indicatorCode,
            @Schema(required = true) String indicatorName,
            BigDecimal maxScore,
            BigDecimal score,
            Boolean passed,
            String remark) {
    }

    @Schema(name = "SaveInspectionReportRequest")
    public record SaveInspectionReportRequest(
            @NotNull @Schema(required = true) InspectionType type,
            @NotBlank @Size(max = 300) @Schema(required = true) String title,
            @NotNull @Schema(required = true, description = "The organisation inspected (a school, or a county for GOVERNMENT_DUTY)") Long targetOrgId,
            @Size(max = 20) @Schema(description = "Users on the inspection team (default: the author); from the inspecting organisation's subtree")
            List<@NotNull Long> inspectorUserIds,
            @Schema(description = "A published indicator system; required for SCHOOL_EVALUATION_316 and GOVERNMENT_DUTY") Long indicatorSystemId,
            LocalDate visitStart,
            LocalDate visitEnd,
            @Size(max = 100) @Schema(examples = "双减") String topic,
            @Size(max = 50000) String summary,
            @Size(max = 500) List<@Valid SaveScore> scores,
            @Schema(description = "The plan item (重点工作) the inspection serves; a plan the caller can see") Long planItemId,
            @Schema(description = "The version being updated (or send If-Match); ignored on create") Long version) {
    }

    @Schema(name = "FindingCounts", description = "A report's findings by status")
    public record FindingCounts(
            @Schema(required = true) long open,
            @Schema(required = true) long submitted,
            @Schema(required = true) long verified,
            @Schema(required = true) long reopened,
            @Schema(required = true) long total) {
    }

    @Schema(name = "InspectionReport", description = "A 督导报告 with its scores")
    public record InspectionReportResponse(
            @Schema(required = true) long id,
            @Schema(required = true) InspectionType type,
            @Schema(required = true) String title,
            @Schema(required = true) long targetOrgId,
            @Schema(required = true) String targetOrgName,
            @Schema(required = true) long inspectingOrgId,
            @Schema(required = true) String inspectingOrgName,
            @Schema(required = true) List<Long> inspectorUserIds,
            Long indicatorSystemId,
            String indicatorSystemName,
            @Schema(description = "The version of the indicator system the report is scored with") Integer indicatorSystemVersion,
            LocalDate visitStart,
            LocalDate visitEnd,
            String topic,
            String summary,
            @Schema(required = true, description = "In the system's tree order") List<ScoreResponse> scores,
            @Schema(description = "SCORED: the sum of the scores") BigDecimal totalScore,
            @Schema(description = "SCORED: the system's total") BigDecimal maxTotalScore,
            @Schema(description = "From the system's bands once every leaf is scored (SCORED), or 达标/未达标 (THRESHOLD)") String grade,
            @Schema(required = true, description = "Leaf indicators not yet scored") List<String> unscoredCodes,
            @Schema(required = true) InspectionReportStatus status,
            @Schema(description = "Why it was returned last") String returnReason,
            @Schema(description = "The plan item (重点工作) the inspection serves") Long planItemId,
            @Schema(required = true) FindingCounts findings,
            @Schema(required = true, description = "Actions the caller may take now: edit, delete, submit, approve, return, publish")
            List<String> allowedActions,
            @Schema(required = true) long version,
            OffsetDateTime submittedAt,
            OffsetDateTime approvedAt,
            OffsetDateTime publishedAt,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt) {
    }

    @Schema(name = "InspectionReportSummary", description = "A report as listed, without its scores")
    public record InspectionReportSummary(
            @Schema(required = true) long id,
            @Schema(required = true) InspectionType type,
            @Schema(required = true) String title,
            @Schema(required = true) long targetOrgId,
            @Schema(required = true) String targetOrgName,
            @Schema(required = true) long inspectingOrgId,
            @Schema(required = true) String inspectingOrgName,
            Long indicatorSystemId,
            String indicatorSystemName,
            Integer indicatorSystemVersion,
            LocalDate visitStart,
            LocalDate visitEnd,
            String topic,
            BigDecimal totalScore,
            String grade,
            @Schema(required = true) InspectionReportStatus status,
            Long planItemId,
            @Schema(required = true) FindingCounts findings,
            @Schema(required = true) long version,
            @Schema(required = true) OffsetDateTime updatedAt) {
    }

    @Schema(name = "ReturnReportRequest")
    public record ReturnReportRequest(@NotBlank @Size(max = 1000) @Schema(required = true) String reason) {
    }

    @Schema(name = "CreateFindingRequest")
    public record CreateFindingRequest(
            @Size(max = 20) @Schema(description = "The indicator it concerns (any node of the report's system)") String indicatorCode,
            @NotNull @Schema(required = true) FindingSeverity severity,
            @NotBlank @Size(max = 5000) @Schema(required = true) String description,
            @NotBlank @Size(max = 5000) @Schema(required = true, description = "整改要求") String requirement,
            @Schema(description = "Who must rectify; defaults to the report's target; within the inspecting organisation's subtree")
            Long ownerOrgId,
            @NotNull @Schema(required = true, description = "整改期限") LocalDate dueDate,
            @Schema(description = "The plan item the finding serves; defaults to the report's") Long planItemId) {
    }

    @Schema(name = "RaiseFindingRequest", description = "A finding raised directly by an office (source OTHER), without a report")
    public record RaiseFindingRequest(
            @NotBlank @Size(max = 300) @Schema(required = true, description = "Where it was found, e.g. 2023年春季开学检查") String sourceTitle,
            @NotNull @Schema(required = true, description = "Who must rectify: an organisation below the caller's") Long ownerOrgId,
            @NotNull @Schema(required = true) FindingSeverity severity,
            @NotBlank @Size(max = 5000) @Schema(required = true) String description,
            @NotBlank @Size(max = 5000) @Schema(required = true, description = "整改要求") String requirement,
            @NotNull @Schema(required = true, description = "整改期限") LocalDate dueDate,
            Long planItemId) {
    }

    @Schema(name = "RectificationRequest", description = "整改情况 with evidence (佐证材料)")
    public record RectificationRequest(
            @NotBlank @Size(max = 10000) @Schema(required = true, description = "整改措施") String measures,
            @Size(max = 10000) @Schema(description = "整改结果") String result,
            @Size(max = 20) @Schema(description = "The caller's own uploads (POST /api/v1/attachments)") List<@NotNull Long> attachmentIds) {
    }

    @Schema(name = "ReopenFindingRequest")
    public record ReopenFindingRequest(@NotBlank @Size(max = 1000) @Schema(required = true) String reason) {
    }

    @Schema(name = "Rectification", description = "One submitted rectification and its review")
    public record RectificationResponse(
            @Schema(required = true) long id,
            @Schema(required = true) String measures,
            String result,
            @Schema(required = true) List<AttachmentResponse> attachments,
            @Schema(required = true) OffsetDateTime submittedAt,
            @Schema(description = "Username of the submitter") String by,
            @Schema(description = "VERIFIED or REOPENED once reviewed") FindingStatus outcome,
            String reviewNote,
            String reviewedBy,
            OffsetDateTime reviewedAt) {
    }

    @Schema(name = "Finding", description = "A finding (问题) of a report, with its rectifications")
    public record FindingResponse(
            @Schema(required = true) long id,
            @Schema(required = true, description = "Where the finding came from") FindingSource sourceType,
            @Schema(description = "The source object's id (the report's for REPORT)") Long sourceId,
            @Schema(description = "How the source names itself (the report's title ...)") String sourceTitle,
            @Schema(description = "Set for findings of an inspection report") Long reportId,
            String reportTitle,
            InspectionType reportType,
            @Schema(required = true, description = "The organisation that raised the finding and verifies it") long inspectingOrgId,
            @Schema(required = true) String inspectingOrgName,
            String indicatorCode,
            @Schema(required = true) FindingSeverity severity,
            @Schema(required = true) String description,
            @Schema(required = true) String requirement,
            @Schema(required = true) long ownerOrgId,
            @Schema(required = true) String ownerOrgName,
            @Schema(required = true) LocalDate dueDate,
            @Schema(required = true) FindingStatus status,
            @Schema(required = true, description = "RED overdue, YELLOW due within 3 days, GREEN on track, NONE verified") Light light,
            @Schema(required = true) int reopenCount,
            @Schema(required = true, description = "Reopened twice, or not verified 30 days after the due date") boolean escalation,
            String lastReopenReason,
            @Schema(required = true) List<RectificationResponse> rectifications,
            @Schema(required = true, description = "Actions the caller may take now: rectify, verify, reopen") List<String> allowedActions,
            @Schema(description = "The newest accountability case opened from this finding that the caller may see")
            Long accountabilityCaseId,
            @Schema(description = "The plan item (重点工作) the finding serves") Long planItemId,
            OffsetDateTime verifiedAt,
            @Schema(required = true) long version,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt) {
    }
}

package io.dudao.accountability;

import io.dudao.accountability.AccountabilityEnums.AppealOutcome;
import io.dudao.accountability.AccountabilityEnums.CaseSource;
import io.dudao.accountability.AccountabilityEnums.CaseStatus;
import io.dudao.accountability.AccountabilityEnums.CaseView;
import io.dudao.accountability.AccountabilityEnums.DeadlineKind;
import io.dudao.accountability.AccountabilityEnums.DeadlineState;
import io.dudao.accountability.AccountabilityEnums.IndividualMeasure;
import io.dudao.accountability.AccountabilityEnums.Party;
import io.dudao.accountability.AccountabilityEnums.Publication;
import io.dudao.accountability.AccountabilityEnums.ReviewOutcome;
import io.dudao.accountability.AccountabilityEnums.ScenarioFamily;
import io.dudao.accountability.AccountabilityEnums.SevereReason;
import io.dudao.accountability.AccountabilityEnums.SubjectType;
import io.dudao.accountability.AccountabilityEnums.UnitMeasure;
import io.dudao.attachment.AttachmentDtos.AttachmentResponse;
import io.dudao.common.work.Light;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** API types of the scenario catalogue and the case register (问责). */
public final class AccountabilityDtos {

    private AccountabilityDtos() {
    }

    // ---- scenarios

    @Schema(name = "SaveAccountabilityScenarioRequest")
    public record SaveScenarioRequest(
            @NotBlank @Size(max = 40) @Schema(required = true, examples = "QJ-3-01") String code,
            @NotNull @Schema(required = true) ScenarioFamily family,
            @NotNull @Schema(required = true) SubjectType targetType,
            @NotBlank @Size(max = 2000) @Schema(required = true) String description,
            @Size(max = 2000) String suggestedMeasures,
            @Size(max = 500) @Schema(description = "Document and article, e.g. 《教育督导问责办法》（国教督〔2021〕2号）") String source,
            @Schema(description = "Default true") Boolean active,
            @Schema(description = "The version being updated; ignored on create") Long version) {
    }

    @Schema(name = "AccountabilityScenario")
    public record ScenarioResponse(
            @Schema(required = true) long id,
            @Schema(required = true) String code,
            @Schema(description = "The office that added this local scenario; absent for the built-in catalogue") Long ownerOrgId,
            String ownerOrgName,
            @Schema(required = true) ScenarioFamily family,
            @Schema(required = true) String familyLabel,
            @Schema(required = true) SubjectType targetType,
            @Schema(required = true) String description,
            String suggestedMeasures,
            String source,
            @Schema(required = true) boolean active,
            @Schema(required = true, description = "Whether the caller may edit it") boolean editable,
            @Schema(required = true, description = "Hidden for the caller's organisation (by it or an office above it):"
                    + " listed, but not citable in cases here") boolean hidden,
            @Schema(required = true) long version) {
    }

    // ---- cases: requests

    @Schema(name = "SubjectPerson", description = "A responsible individual; the public list shows only the surname (王某)")
    public record SubjectPerson(
            @NotBlank @Size(max = 100) @Schema(required = true) String name,
            @Size(max = 200) String position) {
    }

    @Schema(name = "SevereGround", description = "A ground for heavier handling (从重)")
    public record SevereGroundDto(
            @NotNull @Schema(required = true) SevereReason code,
            @Schema(description = "Found by the server (read-only)") boolean automatic,
            @Size(max = 1000) String note) {
    }

    @Schema(name = "CaseExistsProblem", allOf = io.dudao.common.error.Problem.class,
            description = "409 CASE_EXISTS: the problem carries the open case's id as the extension member caseId")
    public record CaseExistsProblem(
            @Schema(required = true, description = "The case already open for this source") long caseId) {
    }

    @Schema(name = "SaveAccountabilityCaseRequest")
    public record SaveCaseRequest(
            @Schema(description = "The handling office's organisation (default: the caller's)") Long handlingOrgId,
            @NotNull @Schema(required = true) SubjectType subjectType,
            @Schema(description = "The organisation held to account (below the handling one), or the person's organisation")
            Long subjectOrgId,
            @Valid SubjectPerson subjectPerson,
            @Size(max = 20) List<@NotBlank String> scenarioCodes,
            @NotNull @Schema(required = true) CaseSource source,
            Long sourceId,
            @Schema(description = "When the supervision the case comes from ended; the 60-day investigation clock starts here")
            LocalDate sourceEndedOn,
            @NotBlank @Size(max = 20000) @Schema(required = true) String facts,
            @Size(max = 20000) @Schema(description = "Never shown to the subject") String internalNotes,
            @Size(max = 4) @Schema(description = "Grounds added by hand (CONCEALMENT_OR_OBSTRUCTION, RETALIATION)")
            List<@Valid SevereGroundDto> manualSevereReasons,
            @Schema(description = "The plan item (重点工作) the case serves; a plan the caller can see") Long planItemId,
            @Schema(description = "The version being updated (or send If-Match); ignored on create") Long version) {
    }

    @Schema(name = "CaseStepRequest", description = "A step without further data")
    public record StepRequest(
            @Size(max = 5000) String note,
            @Size(max = 2000) @Schema(description = "Why the step is taken after its deadline (audited)") String overrideReason) {
    }

    @Schema(name = "CaseNotifyRequest")
    public record NotifyRequest(
            @Size(max = 5000) @Schema(description = "The written notice (书面告知) as sent") String note,
            @Schema(description = "Until when the subject may submit its statement (陈述申辩); no clock when absent")
            LocalDate statementDueOn) {
    }

    @Schema(name = "CaseStatementRequest")
    public record StatementRequest(
            @NotBlank @Size(max = 20000) @Schema(required = true) String text,
            @Size(max = 20) List<@NotNull Long> attachmentIds,
            @Size(max = 2000) String overrideReason) {
    }

    @Schema(name = "CaseDecisionRequest")
    public record DecisionRequest(
            @Size(max = 5) List<@NotNull UnitMeasure> unitMeasures,
            @Size(max = 6) List<@NotNull IndividualMeasure> individualMeasures,
            @NotBlank @Size(max = 20000) @Schema(required = true, description = "Background, facts and reasoning of the decision")
            String decisionText,
            @NotBlank @Size(max = 2000) @Schema(required = true, description = "Legal basis (依据)") String basis,
            @NotNull @Schema(required = true) LocalDate effectiveOn,
            @NotNull @Schema(required = true) Publication publication,
            @Size(max = 2000) String overrideReason) {
    }

    @Schema(name = "CaseReasonRequest", description = "A dismissal, review request or appeal with its reason")
    public record ReasonRequest(
            @NotBlank @Size(max = 5000) @Schema(required = true) String reason,
            @Size(max = 2000) String overrideReason) {
    }

    @Schema(name = "CaseReviewDecisionRequest")
    public record ReviewDecisionRequest(
            @NotNull @Schema(required = true) ReviewOutcome outcome,
            @NotBlank @Size(max = 5000) @Schema(required = true) String note,
            @Schema(description = "CHANGED: the measures that replace the decision's") List<@NotNull UnitMeasure> unitMeasures,
            List<@NotNull IndividualMeasure> individualMeasures,
            @Size(max = 2000) String overrideReason) {
    }

    @Schema(name = "CaseAppealDecisionRequest")
    public record AppealDecisionRequest(
            @NotNull @Schema(required = true) AppealOutcome outcome,
            @NotBlank @Size(max = 5000) @Schema(required = true) String note,
            @Size(max = 2000) String overrideReason) {
    }

    @Schema(name = "CaseNumbering", description = "How an office numbers its cases: prefix〔year〕serial号")
    public record NumberingResponse(
            @Schema(required = true) long orgId,
            @Schema(required = true, examples = "渭教督问") String prefix,
            @Schema(required = true, examples = "渭教督问〔2026〕1号") String nextNumber) {
    }

    @Schema(name = "SaveCaseNumberingRequest")
    public record NumberingRequest(@NotBlank @Size(max = 40) @Schema(required = true) String prefix) {
    }

    // ---- cases: responses

    @Schema(name = "CaseTimelineEntry")
    public record TimelineEntry(
            @Schema(required = true) String step,
            @Schema(required = true) OffsetDateTime at,
            @Schema(required = true) String by,
            String note,
            String overrideReason) {
    }

    @Schema(name = "CaseDeadline", description = "A clock of the procedure with its state and light")
    public record DeadlineResponse(
            @Schema(required = true) DeadlineKind kind,
            @Schema(required = true) String label,
            @Schema(required = true) Party party,
            @Schema(required = true) LocalDate startOn,
            @Schema(required = true) LocalDate dueOn,
            LocalDate doneOn,
            @Schema(required = true) DeadlineState state,
            @Schema(required = true) Light light,
            @Schema(description = "Days until the due date (negative when overdue) while it runs") Long daysLeft) {
    }

    @Schema(name = "CaseStatement", description = "The subject's statement and defence (陈述申辩)")
    public record StatementResponse(
            @Schema(required = true) String text,
            @Schema(required = true) LocalDate submittedOn,
            @Schema(required = true) List<AttachmentResponse> attachments) {
    }

    @Schema(name = "CaseReview", description = "Review (复核) or appeal (申诉)")
    public record RemedyResponse(
            @Schema(required = true) LocalDate filedOn,
            @Schema(required = true) String reason,
            LocalDate answeredOn,
            @Schema(description = "UPHELD|CHANGED|REVOKED (review), UPHELD|CORRECTED (appeal)") String outcome) {
    }

    @Schema(name = "AccountabilityCase")
    public record CaseResponse(
            @Schema(required = true) long id,
            @Schema(required = true, examples = "渭教督问〔2023〕3号") String caseNumber,
            @Schema(required = true) long handlingOrgId,
            @Schema(required = true) String handlingOrgName,
            @Schema(required = true) SubjectType subjectType,
            Long subjectOrgId,
            String subjectOrgName,
            SubjectPerson subjectPerson,
            @Schema(required = true) List<String> scenarioCodes,
            @Schema(required = true) CaseSource source,
            Long sourceId,
            LocalDate sourceEndedOn,
            @Schema(required = true) String facts,
            @Schema(description = "Only in the FULL view") String internalNotes,
            @Schema(required = true) CaseStatus status,
            @Schema(required = true) boolean severe,
            @Schema(required = true) List<SevereGroundDto> severeReasons,
            StatementResponse statement,
            @Schema(required = true) List<UnitMeasure> unitMeasures,
            @Schema(required = true) List<IndividualMeasure> individualMeasures,
            String decisionText,
            String basis,
            LocalDate effectiveOn,
            @Schema(required = true) Publication publication,
            @Schema(required = true) LocalDate openedOn,
            LocalDate notifiedOn,
            LocalDate decidedOn,
            LocalDate executedOn,
            RemedyResponse review,
            RemedyResponse appeal,
            LocalDate correctedOn,
            LocalDate closedOn,
            String dismissReason,
            @Schema(required = true) List<TimelineEntry> timeline,
            @Schema(required = true) List<DeadlineResponse> deadlines,
            @Schema(required = true, description = "The light of the office obligation running now") Light light,
            @Schema(required = true) CaseView view,
            @Schema(required = true, description = "The steps the caller may take now") List<String> allowedActions,
            @Schema(description = "The plan item (重点工作) the case serves") Long planItemId,
            @Schema(required = true) long version,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt) {
    }

    @Schema(name = "PublicAccountabilityDecision", description = "A decision published to the public; names reduced to the surname")
    public record PublicDecision(
            @Schema(required = true) String caseNumber,
            @Schema(required = true) String handlingOrgName,
            @Schema(required = true) SubjectType subjectType,
            String subjectOrgName,
            @Schema(description = "e.g. 王某，某校校长") String subjectPerson,
            @Schema(required = true) List<String> scenarios,
            @Schema(required = true) List<String> measures,
            @Schema(required = true) String decisionText,
            @Schema(required = true) String basis,
            @Schema(required = true) LocalDate decidedOn,
            @Schema(required = true) LocalDate effectiveOn,
            @Schema(required = true) boolean severe) {
    }
}

package io.dudao.creation;

import io.dudao.attachment.AttachmentDtos.AttachmentResponse;
import io.dudao.creation.engine.Assessment;
import io.dudao.creation.engine.Assessment.ExcludedSchool;
import io.dudao.creation.engine.Assessment.IndicatorResult;
import io.dudao.creation.engine.Assessment.SchoolResult;
import io.dudao.creation.engine.CountyInput;
import io.dudao.creation.engine.CountyReturn;
import io.dudao.creation.engine.CreationEnums.CreationKind;
import io.dudao.creation.engine.CreationEnums.CreationMeasure;
import io.dudao.creation.engine.CreationEnums.CreationStage;
import io.dudao.creation.engine.CreationEnums.CreationVerdict;
import io.dudao.creation.engine.Explain;
import io.dudao.creation.engine.SchoolRow;
import io.dudao.creation.engine.StandardContent;
import io.dudao.creation.engine.StandardRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** API types of the creation programmes (两个创建). */
public final class CreationDtos {

    private CreationDtos() {
    }

    @Schema(name = "CreationProgrammeStatus", description = "ACTIVE 创建中, ACHIEVED 已通过认定, ARCHIVED 已归档")
    public enum ProgrammeStatus {
        ACTIVE, ACHIEVED, ARCHIVED
    }

    @Schema(name = "CreationLedgerStatus", description = "OPEN: the gap is there in the latest data; RESOLVED: it disappeared")
    public enum LedgerStatus {
        OPEN, RESOLVED
    }

    // ---- standards ----

    @Schema(name = "CreationStandard", description = "A versioned standard set: indicators with thresholds per stage, and the rules")
    public record StandardResponse(
            @Schema(required = true) long id,
            @Schema(required = true) CreationKind kind,
            @Schema(required = true) String name,
            @Schema(description = "The year the set took effect") Integer year,
            @Schema(required = true, description = "Where the numbers come from (document and article)") String sourceNote,
            @Schema(description = "The set this one was copied from and tightened") Long basedOnId,
            @Schema(description = "Absent for national sets") Long ownerOrgId,
            String ownerOrgName,
            @Schema(required = true, description = "A national set seeded by the system") boolean builtIn,
            @Schema(required = true) List<StandardContent.Indicator> indicators,
            StandardContent.SchoolRule schoolRule,
            StandardContent.CvRule cvRule,
            StandardContent.Exclusions exclusions,
            StandardContent.CountyRule countyRule,
            @Schema(description = "优质均衡: 政府保障程度, 教育质量, 社会认可度") List<StandardContent.CountyPart> countyParts,
            @Schema(description = "优质均衡: the one-vote vetoes") List<StandardContent.Veto> vetoes,
            @Schema(description = "优质均衡: the precondition") StandardContent.Item precondition,
            @Schema(required = true) OffsetDateTime createdAt) {
    }

    @Schema(name = "CreationIndicatorOverride", description = "New thresholds for some stages of one indicator")
    public record IndicatorOverride(
            @NotBlank @Schema(required = true) String code,
            @NotNull @Size(min = 1, max = 5) @Schema(required = true) List<StandardContent.@NotNull Threshold> thresholds) {
    }

    @Schema(name = "CreateCreationStandardRequest", description = "Copy a visible set and tighten it (a province or city office)")
    public record CreateStandardRequest(
            @NotNull @Schema(required = true) Long basedOnId,
            @NotBlank @Size(max = 300) @Schema(required = true) String name,
            @Min(2000) @Max(2100) Integer year,
            @NotBlank @Size(max = 2000) @Schema(required = true, description = "The local document that sets the stricter numbers") String sourceNote,
            @Valid @Size(max = 20) List<IndicatorOverride> indicators,
            StandardContent.SchoolRule schoolRule,
            @Size(max = 3) List<StandardContent.@NotNull Threshold> cvThresholds,
            StandardContent.Exclusions exclusions,
            @Schema(description = "requireAllSchoolsPass may not be false: the method requires it") StandardContent.CountyRule countyRule,
            @Valid @Size(max = 60) @Schema(description = "Stricter thresholds for conditions of the items")
            List<StandardRules.@NotNull ConditionOverride> conditions,
            @Size(max = 30) @Schema(description = "Items added to the parts (a local standard may add rules, never drop one)")
            List<StandardRules.@NotNull AddedItem> addedItems,
            @Size(max = 20) @Schema(description = "One-vote vetoes added") List<StandardContent.@NotNull Veto> addedVetoes) {
    }

    /** A seed file: a national set, at a revision (a higher one replaces the stored content on start). */
    public record StandardDocument(CreationKind kind, String name, Integer year, String sourceNote, Integer revision,
                                   StandardContent content) {
    }

    // ---- programmes ----

    @Schema(name = "CreationProgrammeStage", description = "One year of the roadmap (年度创建任务)")
    public record StageDto(
            @NotNull @Min(2000) @Max(2100) @Schema(required = true) Integer year,
            @NotBlank @Size(max = 2000) @Schema(required = true) String goal,
            @Schema(description = "When the year's work is due (default 31 December); tasks from the ledger take it") LocalDate dueDate) {
    }

    @Schema(name = "CreateCreationProgrammeRequest")
    public record CreateProgrammeRequest(
            @NotNull @Schema(required = true) CreationKind kind,
            @NotNull @Schema(required = true) Long countyOrgId,
            @NotNull @Min(2000) @Max(2100) @Schema(required = true, description = "The year the county aims to pass") Integer targetYear,
            @Valid @Size(max = 30) List<@NotNull StageDto> stages,
            @Schema(description = "Defaults to the national set of the kind") Long standardSetId,
            @Schema(description = "Defaults to ACTIVE") ProgrammeStatus status,
            @Schema(description = "The plan item (重点工作) the programme serves; its ledger's tasks serve it too") Long planItemId) {
    }

    @Schema(name = "UpdateCreationProgrammeRequest", description = "kind and county never change")
    public record UpdateProgrammeRequest(
            @NotNull @Min(2000) @Max(2100) @Schema(required = true) Integer targetYear,
            @Valid @Size(max = 30) List<@NotNull StageDto> stages,
            @NotNull @Schema(required = true) Long standardSetId,
            @NotNull @Schema(required = true) ProgrammeStatus status,
            @Schema(description = "The plan item (重点工作) the programme serves") Long planItemId,
            @Schema(description = "The version being updated (or send If-Match)") Long version) {
    }

    @Schema(name = "CreationWorstIndicator", description = "The county indicator furthest from (or closest to) failing")
    public record WorstIndicator(
            @Schema(required = true) CreationStage stage,
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            @Schema(required = true) CreationMeasure measure,
            @Schema(description = "The CV (优质均衡) or the county value (普及普惠)") BigDecimal value,
            @Schema(required = true) BigDecimal threshold,
            @Schema(required = true) boolean passed) {
    }

    @Schema(name = "CreationPartVerdict", description = "One component of the county verdict and its own verdict")
    public record PartVerdict(
            @Schema(required = true, description = "A part code (RESOURCE_ALLOCATION …), VETOES or PRECONDITION") String code,
            @Schema(required = true) String name,
            @Schema(required = true) CreationVerdict verdict) {
    }

    @Schema(name = "CreationAssessmentSummary", description = "The assessment made when a year's data was last saved")
    public record AssessmentSummary(
            @Schema(required = true) int year,
            @Schema(required = true) CreationVerdict verdict,
            @Schema(required = true) int assessedSchools,
            @Schema(required = true) int passingSchools,
            @Schema(required = true, description = "passingSchools ÷ assessedSchools, 0..1") BigDecimal passingSchoolRatio,
            WorstIndicator worstIndicator,
            @Schema(description = "优质均衡: each part, the vetoes and the precondition with its verdict") List<PartVerdict> parts,
            OffsetDateTime assessedAt) {
    }

    @Schema(name = "CreationProgramme")
    public record ProgrammeResponse(
            @Schema(required = true) long id,
            @Schema(required = true) CreationKind kind,
            @Schema(required = true) long countyOrgId,
            @Schema(required = true) String countyOrgName,
            @Schema(required = true) String countyOrgCode,
            @Schema(required = true) int targetYear,
            @Schema(required = true) List<StageDto> stages,
            @Schema(required = true) long standardSetId,
            @Schema(required = true) String standardSetName,
            @Schema(required = true) ProgrammeStatus status,
            @Schema(description = "The latest year's verdict, passing-school ratio and worst indicator") AssessmentSummary latest,
            @Schema(required = true, description = "Whether the caller may edit it and its data") boolean editable,
            @Schema(description = "The plan item (重点工作) the programme serves") Long planItemId,
            @Schema(required = true) long version,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt) {
    }

    // ---- school returns ----

    @Schema(name = "CreationSchoolReturnRequest")
    public record SchoolReturnRequest(
            @Schema(required = true, description = "One row per school (kindergarten); validated all at once") List<SchoolRow> rows,
            @Schema(type = SchemaType.INTEGER, description = "普及普惠: the county's children aged 3–5 this year") BigDecimal childPopulation3to5,
            @Schema(description = "The version being replaced (or send If-Match); not needed for a year's first return") Long version) {
    }

    @Schema(name = "CreationSchoolReturn")
    public record SchoolReturnResponse(
            @Schema(required = true) long programmeId,
            @Schema(required = true) CreationKind kind,
            @Schema(required = true) int year,
            @Schema(required = true, description = "False when nothing was filed for the year yet") boolean filed,
            @Schema(required = true) List<SchoolRow> rows,
            Integer childPopulation3to5,
            AssessmentSummary summary,
            @Schema(description = "Remarks, e.g. from an import") List<String> notes,
            @Schema(description = "Absent until the year is filed") Long version,
            OffsetDateTime updatedAt) {
    }

    // ---- assessment ----

    @Schema(name = "CreationAssessment")
    public record AssessmentResponse(
            @Schema(required = true) long programmeId,
            @Schema(required = true) CreationKind kind,
            @Schema(required = true) int year,
            @Schema(required = true) long standardSetId,
            @Schema(required = true) String standardSetName,
            @Schema(required = true, description = "True for a what-if: computed, never saved") boolean simulated,
            @Schema(required = true) CreationVerdict verdict,
            @Schema(required = true) int assessedSchools,
            @Schema(required = true) int passingSchools,
            @Schema(required = true) BigDecimal passingSchoolRatio,
            WorstIndicator worstIndicator,
            @Schema(required = true) List<SchoolResult> schools,
            @Schema(required = true, description = "Rows left out, with the reason") List<ExcludedSchool> excludedSchools,
            @Schema(required = true) List<IndicatorResult> indicators,
            @Schema(required = true, description = "How the verdict follows from the indicators (优质均衡: from the parts)") Explain explain,
            @Schema(required = true, description = "优质均衡: the four parts (resource allocation first), each with its verdict") List<Assessment.PartResult> parts,
            @Schema(required = true, description = "优质均衡: every one-vote veto of the standard, recorded or not") List<Assessment.VetoResult> vetoes,
            @Schema(description = "优质均衡: the precondition") Assessment.ItemResult precondition,
            @Schema(required = true, description = "The evidence attachments the judgements and vetoes name") List<AttachmentResponse> evidence,
            @Schema(description = "Simulations: the saved data's summary, to compare") AssessmentSummary baseline,
            @Schema(required = true) OffsetDateTime computedAt) {
    }

    @Schema(name = "CreationSimulationChange", description = "Fields to change in one school's row (others stay); an unknown schoolCode adds a school; remove drops one")
    public record SimulationChange(
            @NotBlank @Schema(required = true) String schoolCode,
            String schoolName,
            String stage,
            BigDecimal students,
            BigDecimal primaryStudents,
            BigDecimal juniorStudents,
            BigDecimal qualifiedTeachers,
            BigDecimal backboneTeachers,
            BigDecimal peArtTeachers,
            BigDecimal teachingAreaM2,
            BigDecimal sportsAreaM2,
            BigDecimal equipmentValueYuan,
            BigDecimal multimediaRooms,
            Boolean isTeachingPoint,
            BigDecimal classes,
            BigDecimal maxClassSizePrimary,
            BigDecimal maxClassSizeJunior,
            BigDecimal musicRooms,
            BigDecimal musicRoomMinAreaM2,
            BigDecimal artRooms,
            BigDecimal artRoomMinAreaM2,
            BigDecimal publicFundsYuan,
            BigDecimal teacherTrainingFundsYuan,
            BigDecimal children,
            String ownership,
            BigDecimal fullTimeTeachers,
            BigDecimal buildingAreaM2,
            BigDecimal playAreaM2,
            @Schema(description = "Drop the school from the simulation") Boolean remove) {

        SchoolRow applyTo(SchoolRow base) {
            SchoolRow b = base == null ? new SchoolRow(schoolCode, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, SchoolRow.Provision.NONE, null, null, null, null, null, null) : base;
            SchoolRow.Provision p = b.provision();
            SchoolRow.Provision provision = new SchoolRow.Provision(or(classes, p.classes()),
                    or(maxClassSizePrimary, p.maxClassSizePrimary()), or(maxClassSizeJunior, p.maxClassSizeJunior()),
                    or(musicRooms, p.musicRooms()), or(musicRoomMinAreaM2, p.musicRoomMinAreaM2()), or(artRooms, p.artRooms()),
                    or(artRoomMinAreaM2, p.artRoomMinAreaM2()), or(publicFundsYuan, p.publicFundsYuan()),
                    or(teacherTrainingFundsYuan, p.teacherTrainingFundsYuan()));
            return new SchoolRow(b.schoolCode(), or(schoolName, b.schoolName()), or(stage, b.stage()),
                    or(students, b.students()), or(primaryStudents, b.primaryStudents()), or(juniorStudents, b.juniorStudents()),
                    or(qualifiedTeachers, b.qualifiedTeachers()), or(backboneTeachers, b.backboneTeachers()),
                    or(peArtTeachers, b.peArtTeachers()), or(teachingAreaM2, b.teachingAreaM2()), or(sportsAreaM2, b.sportsAreaM2()),
                    or(equipmentValueYuan, b.equipmentValueYuan()), or(multimediaRooms, b.multimediaRooms()),
                    or(isTeachingPoint, b.isTeachingPoint()), provision, or(children, b.children()), or(ownership, b.ownership()),
                    or(fullTimeTeachers, b.fullTimeTeachers()), or(buildingAreaM2, b.buildingAreaM2()), or(playAreaM2, b.playAreaM2()),
                    b.schoolOrgId());
        }

        private static <T> T or(T change, T base) {
            return change != null ? change : base;
        }
    }

    @Schema(name = "CreationSimulationJudgement", description = "A judgement to try: the item met or not")
    public record SimulationJudgement(
            @NotBlank @Schema(required = true) String itemCode,
            @NotNull @Schema(required = true) Boolean met) {
    }

    @Schema(name = "CreationSimulationCountyChange", description = "优质均衡: county data to try (saved data stays as it is)")
    public record SimulationCountyChange(
            @Schema(description = "County numbers to change by key; a key with null clears it") Map<String, BigDecimal> inputs,
            @Size(max = 30) @Schema(description = "Replaces the monitoring results when present") List<CountyReturn.MonitoringSubject> monitoring,
            @Valid @Size(max = 100) @Schema(description = "Judgements to try instead of the recorded ones") List<@NotNull SimulationJudgement> judgements,
            @Size(max = 20) @Schema(description = "Replaces the recorded vetoes when present (codes; [] = none)") List<String> vetoes) {
    }

    @Schema(name = "CreationSimulationRequest")
    public record SimulationRequest(
            @NotNull @Min(2000) @Max(2100) @Schema(required = true) Integer year,
            @Valid @Size(max = 3000) List<@NotNull SimulationChange> changes,
            @Schema(type = SchemaType.INTEGER, description = "普及普惠: a different child population to try") BigDecimal childPopulation3to5,
            @Valid @Schema(description = "优质均衡: county data to try") SimulationCountyChange county) {
    }

    // ---- county data (优质均衡) ----

    @Schema(name = "CreationCountyReturnRequest", description = "The county's data for the year, replaced as a whole; validated all at once")
    public record CountyReturnRequest(
            @Schema(description = "County numbers by key (see the form's inputs)") Map<String, BigDecimal> inputs,
            @Size(max = 30) List<CountyReturn.MonitoringSubject> monitoring,
            @Size(max = 100) List<CountyReturn.Judgement> judgements,
            @Size(max = 20) List<CountyReturn.VetoRecord> vetoes,
            @Schema(description = "The version being replaced (or send If-Match); not needed for a year's first save") Long version) {
    }

    @Schema(name = "CreationCountyInputField", description = "One county number the programme's standard needs")
    public record CountyInputField(
            @Schema(required = true, description = "The key in inputs") String key,
            @Schema(required = true) String label,
            @Schema(required = true) String unit,
            @Schema(required = true) CountyInput.Kind kind,
            @Schema(required = true, description = "The codes of the items whose figures use it") List<String> items,
            @Schema(required = true, description = "The same items as people name them, e.g. 政府保障程度第 11 项") List<String> usedBy) {
    }

    @Schema(name = "CreationJudgedItem", description = "An item that needs the assessor's judgement")
    public record JudgedItem(
            @Schema(required = true) String code,
            @Schema(required = true) String partName,
            @Schema(required = true) int number,
            @Schema(required = true) String name,
            @Schema(required = true, description = "What the assessor judges") String judges,
            @Schema(required = true) String sourceNote) {
    }

    @Schema(name = "CreationCountyForm", description = "What the county enters, as the programme's standard defines it")
    public record CountyForm(
            @Schema(required = true) List<CountyInputField> inputs,
            @Schema(required = true, description = "Whether quality-monitoring results are needed (教育质量第 9 项)") boolean monitoring,
            @Schema(required = true) List<JudgedItem> judgedItems,
            @Schema(required = true) List<StandardContent.Veto> vetoes) {
    }

    @Schema(name = "CreationCountyReturn")
    public record CountyReturnResponse(
            @Schema(required = true) long programmeId,
            @Schema(required = true) int year,
            @Schema(required = true, description = "False when nothing was saved for the year yet") boolean filed,
            @Schema(required = true) CountyReturn data,
            @Schema(required = true, description = "The evidence attachments the judgements and vetoes name") List<AttachmentResponse> evidence,
            @Schema(required = true) CountyForm form,
            @Schema(description = "The year's assessment summary, when its schools are filed") AssessmentSummary summary,
            @Schema(description = "Absent until the year is saved") Long version,
            OffsetDateTime updatedAt) {
    }

    // ---- ledger ----

    @Schema(name = "CreationLedgerEntry", description = "One gap in the problem ledger (问题台账)")
    public record LedgerEntryResponse(
            @Schema(required = true) long id,
            @Schema(required = true) long programmeId,
            @Schema(required = true) int year,
            @Schema(description = "Absent for county-wide indicators (a CV, a county rate)") String schoolCode,
            String schoolName,
            Long schoolOrgId,
            @Schema(required = true) CreationStage stage,
            @Schema(required = true) String indicatorCode,
            @Schema(required = true) String indicatorName,
            BigDecimal value,
            BigDecimal threshold,
            BigDecimal gap,
            String unit,
            BigDecimal resourceNeeded,
            String resourceUnit,
            @Schema(required = true) String message,
            @Schema(required = true) LedgerStatus status,
            @Schema(description = "The task made from it (createTasks=true)") Long taskId,
            @Schema(required = true) OffsetDateTime firstSeenAt,
            OffsetDateTime resolvedAt,
            @Schema(required = true) OffsetDateTime updatedAt) {
    }

    @Schema(name = "CreationLedgerSyncResult")
    public record LedgerSyncResult(
            @Schema(required = true) long programmeId,
            @Schema(required = true) int year,
            @Schema(required = true) CreationVerdict verdict,
            @Schema(required = true, description = "New gaps") int opened,
            @Schema(required = true, description = "Open gaps whose numbers were refreshed") int updated,
            @Schema(required = true, description = "Resolved gaps that came back") int reopened,
            @Schema(required = true, description = "Gaps that disappeared") int resolved,
            @Schema(required = true) int tasksCreated,
            @Schema(required = true, description = "Every entry of the year, open first") List<LedgerEntryResponse> entries) {
    }

    /** The multipart form of an import, for the contract. */
    @Schema(name = "CreationImportUpload")
    public record ImportUpload(
            @Schema(type = SchemaType.STRING, format = "binary", required = true, description = ".xlsx or .csv (UTF-8 or GBK) in the template's layout") String file) {
    }

    // ---- recognition steps ----

    @Schema(name = "CreationRecognitionStepCode", description = "The recognition steps, in the only order they can be recorded: "
            + "COUNTY_SELF_ASSESSMENT 县级自评, CITY_REVIEW 市级复核, PROVINCIAL_PROCESS_SUPERVISION 省级过程督导, "
            + "PROVINCIAL_REVIEW 省级评估, NATIONAL_RECOGNITION 国家认定")
    public enum RecognitionStepCode {
        COUNTY_SELF_ASSESSMENT("县级自评"),
        CITY_REVIEW("市级复核"),
        PROVINCIAL_PROCESS_SUPERVISION("省级过程督导"),
        PROVINCIAL_REVIEW("省级评估"),
        NATIONAL_RECOGNITION("国家认定");

        public final String label;

        RecognitionStepCode(String label) {
            this.label = label;
        }
    }

    @Schema(name = "RecordCreationRecognitionStepRequest", description = "Record the programme's next recognition step")
    public record RecordRecognitionStepRequest(
            @NotNull @Schema(required = true, description = "Must be the next step in order") RecognitionStepCode step,
            @NotNull @Schema(required = true, description = "When the step took place; not before the previous step") LocalDate date,
            @NotNull @Size(min = 1, max = 20) @Schema(required = true, description = "The documents of the step (title and 文号), 1–20")
            List<@NotBlank @Size(max = 300) String> documents,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "CreationRecognitionStep", description = "One recognition step: recorded with date, documents and office, or still ahead")
    public record RecognitionStepDto(
            @Schema(required = true) RecognitionStepCode step,
            @Schema(required = true, description = "1–5") int order,
            @Schema(required = true, description = "e.g. 省级过程督导") String name,
            @Schema(required = true) boolean recorded,
            LocalDate date,
            @Schema(required = true) List<String> documents,
            String note,
            @Schema(description = "The office that recorded it") Long officeOrgId,
            String officeName,
            OffsetDateTime recordedAt) {
    }

    @Schema(name = "CreationRecognition", description = "A programme's recognition steps in order, and the next one to record")
    public record RecognitionResponse(
            @Schema(required = true) long programmeId,
            @Schema(required = true) List<RecognitionStepDto> steps,
            @Schema(description = "The next step to record; null once nationally recognised") RecognitionStepCode nextStep) {
    }

    // ---- 达标校 targets ----

    @Schema(name = "SetCreationSchoolTargetRequest", description = "The number of schools the city expects to reach the school standard this year")
    public record SetSchoolTargetRequest(
            @NotNull @Min(0) @Max(100000) @Schema(required = true, description = "Not more than the county's schools") Integer targetSchools,
            @Size(max = 500) String note,
            @Schema(description = "The target's version when replacing one (or If-Match)") Long version) {
    }

    @Schema(name = "CreationSchoolTargetProgress", description = "A county's 达标校 target for a year and its progress from the year's assessment")
    public record SchoolTargetProgress(
            @Schema(required = true) long programmeId,
            @Schema(required = true) long countyOrgId,
            @Schema(required = true) String countyName,
            @Schema(required = true) int year,
            @Schema(description = "Schools the city expects to pass this year; null when not set") Integer targetSchools,
            @Schema(description = "Schools assessed in the year's filed data; null when not filed") Integer assessedSchools,
            @Schema(description = "Schools passing the school rule in the year's filed data; null when not filed") Integer achievedSchools,
            @Schema(required = true, description = "True (shown red) when a target is set and fewer schools pass") boolean behind,
            @Schema(description = "The target's version, for replacing it") Long version) {
    }

    // ---- 千园达标 register ----

    @Schema(name = "KindergartenChecklistResult", description = "NOT_CHECKED 未核查, PASSED 核查达标, FAILED 核查未达标")
    public enum ChecklistResult {
        NOT_CHECKED, PASSED, FAILED
    }

    @Schema(name = "KindergartenRegisterStatus", description = "PLANNED 计划创建, IN_PROGRESS 创建中, ACHIEVED 已达标")
    public enum KindergartenStatus {
        PLANNED, IN_PROGRESS, ACHIEVED
    }

    @Schema(name = "KindergartenRegisterRequest", description = "A kindergarten of the 千园达标 register")
    public record KindergartenEntryRequest(
            @NotNull @Schema(required = true, description = "The county the entry belongs to") Long countyOrgId,
            @NotNull @Schema(required = true, description = "The kindergarten: an organisation under the county") Long kindergartenOrgId,
            @NotNull @Min(2000) @Max(2100) @Schema(required = true) Integer targetYear,
            @NotNull @Schema(required = true) ChecklistResult checklistResult,
            @NotNull @Schema(required = true) KindergartenStatus status,
            @Size(max = 20) @Schema(description = "Evidence (佐证材料): document names") List<@NotBlank @Size(max = 300) String> evidence,
            @Size(max = 2000) String note,
            @Schema(description = "The entry's version when updating (or If-Match)") Long version) {
    }

    @Schema(name = "KindergartenRegisterEntry")
    public record KindergartenEntryResponse(
            @Schema(required = true) long id,
            @Schema(required = true) long countyOrgId,
            @Schema(required = true) String countyName,
            @Schema(required = true) long kindergartenOrgId,
            @Schema(required = true) String kindergartenName,
            @Schema(required = true) int targetYear,
            @Schema(required = true) ChecklistResult checklistResult,
            @Schema(required = true) KindergartenStatus status,
            @Schema(required = true) List<String> evidence,
            String note,
            @Schema(required = true) long version,
            @Schema(required = true) OffsetDateTime updatedAt) {
    }

    @Schema(name = "KindergartenRegisterCountyProgress", description = "A county's 千园达标 target for a year vs achieved; remaining is what 收官 still needs")
    public record KindergartenCountyProgress(
            @Schema(required = true) long countyOrgId,
            @Schema(required = true) String countyName,
            @Schema(required = true, description = "Kindergartens due by the year") int target,
            @Schema(required = true, description = "Of those, ACHIEVED") int achieved,
            @Schema(required = true, description = "target − achieved") int remaining) {
    }
}

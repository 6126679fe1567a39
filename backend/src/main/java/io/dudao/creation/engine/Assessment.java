package io.dudao.creation.engine;

import io.dudao.creation.engine.CreationEnums.ConditionKind;
import io.dudao.creation.engine.CreationEnums.CreationComparison;
import io.dudao.creation.engine.CreationEnums.CreationKind;
import io.dudao.creation.engine.CreationEnums.CreationMeasure;
import io.dudao.creation.engine.CreationEnums.CreationStage;
import io.dudao.creation.engine.CreationEnums.CreationVerdict;
import io.dudao.creation.engine.CreationEnums.ItemStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a calculator returns: the county verdict, every school's checks and every county indicator; for
 * 优质均衡 also each part with its own verdict (resource allocation first), the vetoes and the precondition.
 */
public record Assessment(
        CreationKind kind,
        CreationVerdict verdict,
        int assessedSchools,
        int passingSchools,
        BigDecimal passingSchoolRatio,
        List<SchoolResult> schools,
        List<ExcludedSchool> excludedSchools,
        List<IndicatorResult> indicators,
        Explain explain,
        List<PartResult> parts,
        List<VetoResult> vetoes,
        ItemResult precondition) {

    /** 普及普惠: the county rates are the whole verdict. */
    public Assessment(CreationKind kind, CreationVerdict verdict, int assessedSchools, int passingSchools, BigDecimal passingSchoolRatio,
                      List<SchoolResult> schools, List<ExcludedSchool> excludedSchools, List<IndicatorResult> indicators, Explain explain) {
        this(kind, verdict, assessedSchools, passingSchools, passingSchoolRatio, schools, excludedSchools, indicators, explain,
                List.of(), List.of(), null);
    }

    /** The indicator furthest from (or closest to failing) its threshold: the county's weakest point. */
    public Optional<IndicatorResult> worstIndicator() {
        return indicators.stream().max(Comparator.comparing(IndicatorResult::severity));
    }

    @Schema(name = "CreationSchoolResult", description = "One school (a NINE_YEAR school appears once per stage)")
    public record SchoolResult(
            @Schema(required = true) String schoolCode,
            @Schema(required = true) String schoolName,
            Long schoolOrgId,
            @Schema(required = true) CreationStage stage,
            @Schema(required = true, description = "Students (or children) of this unit; a NINE_YEAR part has its own") BigDecimal students,
            @Schema(description = "NINE_YEAR: this part's share of the school's students, by which its resources were apportioned") BigDecimal studentShare,
            @Schema(required = true, description = "Indicator code → value in the indicator's unit, kept to its precision") Map<String, BigDecimal> values,
            @Schema(required = true) int metCount,
            @Schema(required = true) boolean passed,
            @Schema(required = true, description = "Every unmet indicator with the gap") List<Shortfall> shortfalls,
            @Schema(required = true, description = "Every indicator: value, threshold and how it was computed") List<Check> checks,
            @Schema(required = true, description = "Why the school passes or fails") String reason) {
    }

    @Schema(name = "CreationCheck")
    public record Check(
            @Schema(required = true) String code,
            BigDecimal value,
            @Schema(required = true) BigDecimal threshold,
            @Schema(required = true) CreationComparison comparison,
            @Schema(required = true) boolean met,
            @Schema(description = "value ÷ threshold in percent") BigDecimal percentOfThreshold,
            @Schema(required = true) Explain explain) {
    }

    @Schema(name = "CreationShortfall", description = "A gap against the standard, in the indicator's own unit and in resources to add")
    public record Shortfall(
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            BigDecimal value,
            @Schema(required = true) BigDecimal threshold,
            @Schema(description = "Distance to the threshold in the indicator's unit") BigDecimal gap,
            @Schema(required = true) String unit,
            @Schema(description = "Resources to add (whole people, rooms, ㎡, 元 or places, rounded up)") BigDecimal resourceNeeded,
            String resourceUnit,
            @Schema(required = true, description = "e.g. 短缺体育运动场馆 1,240 ㎡") String message) {
    }

    @Schema(name = "CreationIndicatorResult", description = "A county-wide indicator: the CV (优质均衡) or the value (普及普惠)")
    public record IndicatorResult(
            @Schema(required = true) CreationStage stage,
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            @Schema(required = true) CreationMeasure measure,
            @Schema(required = true) String unit,
            @Schema(description = "County value (优质均衡: total resource ÷ total students, scaled like the indicator)") BigDecimal value,
            @Schema(description = "优质均衡: the student-weighted coefficient of variation, 3 decimals") BigDecimal cv,
            @Schema(required = true, description = "The limit the measure is judged against (CV limit or value threshold)") BigDecimal threshold,
            @Schema(required = true) CreationComparison comparison,
            @Schema(required = true) boolean passed,
            Shortfall shortfall,
            @Schema(required = true) Explain explain) {

        /** > 1 fails; larger is worse. A missing measure is the worst. */
        BigDecimal severity() {
            BigDecimal measured = measure == CreationMeasure.CV ? cv : value;
            if (measured == null) {
                return BigDecimal.valueOf(1_000_000);
            }
            if (comparison == CreationComparison.AT_MOST) {
                return threshold.signum() == 0 ? BigDecimal.valueOf(1_000_000) : Num.div(measured, threshold);
            }
            return measured.signum() == 0 ? BigDecimal.valueOf(1_000_000) : Num.div(threshold, measured);
        }
    }

    @Schema(name = "CreationExcludedSchool")
    public record ExcludedSchool(
            @Schema(required = true) String schoolCode,
            @Schema(required = true) String schoolName,
            Long schoolOrgId,
            @Schema(required = true) String reason) {
    }

    @Schema(name = "CreationPartResult", description = "One part of the county verdict with its own verdict: every item must be met")
    public record PartResult(
            @Schema(required = true, description = "RESOURCE_ALLOCATION | UNIVERSAL_INCLUSIVE | GOVERNMENT_SUPPORT | EDUCATION_QUALITY | CARE_QUALITY | SOCIAL_RECOGNITION") String code,
            @Schema(required = true) String name,
            @Schema(required = true) String sourceNote,
            @Schema(required = true) CreationVerdict verdict,
            @Schema(required = true) List<ItemResult> items,
            @Schema(required = true, description = "Which items are met, not met or not yet entered") Explain explain) {
    }

    @Schema(name = "CreationItemResult", description = "One item: met when every condition is met")
    public record ItemResult(
            @Schema(required = true) String code,
            @Schema(required = true) int number,
            @Schema(required = true) String name,
            @Schema(required = true) String sourceNote,
            @Schema(required = true) ItemStatus status,
            @Schema(required = true) List<ConditionResult> conditions,
            @Schema(required = true, description = "Why the item is met or not, naming failing schools and figures") String reason) {
    }

    @Schema(name = "CreationConditionResult", description = "One condition of an item, with its inputs, rule and source in the explain block")
    public record ConditionResult(
            @Schema(required = true) ConditionKind kind,
            @Schema(description = "The county figure, school measure or (resource allocation) indicator code") String measure,
            @Schema(required = true) String name,
            CreationComparison comparison,
            BigDecimal threshold,
            String unit,
            @Schema(description = "COUNTY_FIGURE: the county's value") BigDecimal value,
            @Schema(required = true) ItemStatus status,
            @Schema(description = "EVERY_SCHOOL: the schools that fail it or lack data (all pass: empty)") List<SchoolFinding> schools,
            @Schema(description = "EVERY_SCHOOL: schools it applies to") Integer schoolsJudged,
            @Schema(description = "JUDGEMENT: the assessor's judgement as recorded") CountyReturn.Judgement judgement,
            @Schema(required = true, description = "One line: why it is met, not met or missing") String outcome,
            @Schema(required = true) Explain explain) {
    }

    @Schema(name = "CreationSchoolFinding", description = "A school failing an every-school rule, or without the data for it")
    public record SchoolFinding(
            @Schema(required = true) String schoolCode,
            @Schema(required = true) String schoolName,
            Long schoolOrgId,
            BigDecimal value,
            @Schema(required = true) ItemStatus status,
            @Schema(required = true, description = "e.g. 富平县城关小学：小学最大班额 52 人，超过 45 人") String message) {
    }

    @Schema(name = "CreationVetoResult", description = "A one-vote veto of the standard, and whether the county recorded it")
    public record VetoResult(
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            @Schema(required = true) String sourceNote,
            @Schema(required = true, description = "True: found, and the county fails") boolean recorded,
            String description,
            @Schema(required = true, description = "Ids of the evidence attachments") List<Long> attachmentIds) {
    }
}

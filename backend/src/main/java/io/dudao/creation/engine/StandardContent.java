package io.dudao.creation.engine;

import io.dudao.creation.engine.CreationEnums.ConditionKind;
import io.dudao.creation.engine.CreationEnums.CreationComparison;
import io.dudao.creation.engine.CreationEnums.CreationStage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The rules of one standard set, as data (the creation_standard.content document): indicators with
 * thresholds per stage, the school-level rule, the coefficient-of-variation rule and exclusions; for
 * 优质均衡 also the other three parts (items made of conditions), the one-vote vetoes and the
 * precondition, each with its source note. The calculators know how each indicator, county figure and
 * school measure is computed; every threshold comes from here.
 */
@Schema(name = "CreationStandardContent")
public record StandardContent(
        @Schema(required = true) List<Indicator> indicators,
        @Schema(description = "优质均衡: how a school passes") SchoolRule schoolRule,
        @Schema(description = "优质均衡: the between-school coefficient of variation limits") CvRule cvRule,
        @Schema(description = "Rows left out of the assessment") Exclusions exclusions,
        @Schema(description = "What the county verdict needs besides the indicators") CountyRule countyRule,
        @Schema(description = "The parts beside the indicators, each a list of items that must all be met: 优质均衡 政府保障程度, 教育质量, 社会认可度; 普及普惠 政府保障情况, 保教质量, 社会认可度") List<CountyPart> countyParts,
        @Schema(description = "优质均衡: the one-vote vetoes (一票否决); any one recorded fails the county") List<Veto> vetoes,
        @Schema(description = "优质均衡: the precondition (基本均衡认定满 3 年)") Item precondition) {

    /** The same set with other county parts, vetoes and precondition. */
    public StandardContent withCountyRules(List<CountyPart> parts, List<Veto> vetoList, Item precondition) {
        return new StandardContent(indicators, schoolRule, cvRule, exclusions, countyRule, parts, vetoList, precondition);
    }

    /** The same set with another county rule. */
    public StandardContent withCountyRule(CountyRule rule) {
        return new StandardContent(indicators, schoolRule, cvRule, exclusions, rule, countyParts, vetoes, precondition);
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Indicator require(String code) {
        return indicator(code).orElseThrow(() -> new IllegalArgumentException("standard lacks indicator " + code));
    }

    public int teachingPointMinStudents() {
        return exclusions == null || exclusions.teachingPointMinStudents() == null ? 0 : exclusions.teachingPointMinStudents();
    }

    public boolean requireAllSchoolsPass() {
        return countyRule != null && Boolean.TRUE.equals(countyRule.requireAllSchoolsPass());
    }

    public List<CountyPart> parts() {
        return countyParts == null ? List.of() : countyParts;
    }

    public List<Veto> vetoList() {
        return vetoes == null ? List.of() : vetoes;
    }

    /** Every item of the parts and the precondition, in order. */
    public List<Item> allItems() {
        List<Item> out = new java.util.ArrayList<>();
        parts().forEach(p -> out.addAll(p.items()));
        if (precondition != null) {
            out.add(precondition);
        }
        return out;
    }

    public Optional<Item> item(String code) {
        return allItems().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    @Schema(name = "CreationStandardIndicator")
    public record Indicator(
            @Schema(required = true, description = "e.g. SPORTS_AREA_PER_STUDENT") String code,
            @Schema(required = true) String name,
            @Schema(required = true, description = "Unit of the indicator's value, e.g. ㎡, 人, %") String unit,
            @Schema(required = true, description = "Decimals the value is kept to (and compared at)") int precision,
            @Schema(required = true) CreationComparison comparison,
            @Schema(description = "Also judged for every school/kindergarten (not only county-wide)") Boolean perSchool,
            @Schema(required = true) List<Threshold> thresholds) {

        public BigDecimal threshold(CreationStage stage) {
            return thresholds.stream().filter(t -> t.stage() == stage).map(Threshold::value).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(code + " has no threshold for " + stage));
        }

        public Optional<Threshold> thresholdFor(CreationStage stage) {
            return thresholds.stream().filter(t -> t.stage() == stage).findFirst();
        }
    }

    @Schema(name = "CreationThreshold")
    public record Threshold(
            @Schema(required = true) CreationStage stage,
            @Schema(required = true) BigDecimal value,
            @Schema(description = "e.g. 大专及以上学历") String note) {
    }

    @Schema(name = "CreationSchoolRule", description = "A school passes with at least minMet indicators met and every other one at least nearMissRatio of its threshold")
    public record SchoolRule(
            @Schema(required = true) int minMet,
            @Schema(required = true, description = "e.g. 0.85") BigDecimal nearMissRatio) {
    }

    @Schema(name = "CreationCvRule")
    public record CvRule(
            @Schema(required = true, description = "Decimals the CV is kept to (3)") int precision,
            @Schema(required = true, description = "Largest CV allowed per stage") List<Threshold> thresholds) {

        public BigDecimal max(CreationStage stage) {
            return thresholds.stream().filter(t -> t.stage() == stage).map(Threshold::value).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no CV limit for " + stage));
        }
    }

    @Schema(name = "CreationExclusions")
    public record Exclusions(
            @Schema(description = "Teaching points (教学点) with fewer students than this are left out") Integer teachingPointMinStudents) {
    }

    @Schema(name = "CreationCountyRule")
    public record CountyRule(
            @Schema(description = "优质均衡: resource allocation also needs every assessed school to pass, as the 2017 method says "
                    + "(the national set: true; no set may drop it)") Boolean requireAllSchoolsPass,
            @Schema(description = "Where the resource-allocation rules come from") String sourceNote) {
    }

    @Schema(name = "CreationCountyPart", description = "One part of the county verdict: every item must be met")
    public record CountyPart(
            @Schema(required = true, description = "GOVERNMENT_SUPPORT | EDUCATION_QUALITY | CARE_QUALITY | SOCIAL_RECOGNITION") String code,
            @Schema(required = true, description = "e.g. 政府保障程度") String name,
            @Schema(required = true) String sourceNote,
            @Schema(required = true) List<Item> items) {
    }

    @Schema(name = "CreationStandardItem", description = "One item of a part: met when every condition is met")
    public record Item(
            @Schema(required = true, description = "e.g. GOV_11") String code,
            @Schema(required = true, description = "The item's number in its part, as the method counts them") int number,
            @Schema(required = true, description = "The requirement in the method's words") String name,
            @Schema(required = true, description = "Document and item the requirement comes from") String sourceNote,
            @Schema(required = true) List<Condition> conditions) {

        public boolean judged() {
            return conditions.stream().anyMatch(c -> c.kind() == ConditionKind.JUDGEMENT);
        }
    }

    @Schema(name = "CreationCondition", description = "COUNTY_FIGURE and EVERY_SCHOOL compare a measure with the threshold; JUDGEMENT is the assessor's")
    public record Condition(
            @Schema(required = true) ConditionKind kind,
            @Schema(description = "COUNTY_FIGURE: a county figure code (ROTATION_RATE …); EVERY_SCHOOL: a school measure code (CLASS_SIZE_PRIMARY …)") String measure,
            CreationComparison comparison,
            BigDecimal threshold,
            @Schema(description = "Decimals the value is kept to (and compared at)") Integer precision,
            @Schema(description = "JUDGEMENT: what the assessor judges; otherwise a remark") String note) {
    }

    @Schema(name = "CreationVeto", description = "A one-vote veto (一票否决)")
    public record Veto(
            @Schema(required = true, description = "e.g. EXAM_ADMISSION") String code,
            @Schema(required = true, description = "e.g. 以考试方式招生") String name,
            @Schema(required = true) String sourceNote) {
    }
}

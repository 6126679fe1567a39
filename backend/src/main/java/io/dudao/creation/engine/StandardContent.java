package io.dudao.creation.engine;

import io.dudao.creation.engine.CreationEnums.CreationComparison;
import io.dudao.creation.engine.CreationEnums.CreationStage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The rules of one standard set, as data (the creation_standard.content document): indicators with
 * thresholds per stage, the school-level rule, the coefficient-of-variation rule and exclusions. The
 * calculators know how each indicator code is computed; everything numeric comes from here.
 */
@Schema(name = "CreationStandardContent")
public record StandardContent(
        @Schema(required = true) List<Indicator> indicators,
        @Schema(description = "优质均衡: how a school passes") SchoolRule schoolRule,
        @Schema(description = "优质均衡: the between-school coefficient of variation limits") CvRule cvRule,
        @Schema(description = "Rows left out of the assessment") Exclusions exclusions,
        @Schema(description = "What the county verdict needs besides the indicators") CountyRule countyRule) {

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
            @Schema(description = "PASS also needs every assessed school to pass (the seeded national sets: false)") Boolean requireAllSchoolsPass) {
    }
}

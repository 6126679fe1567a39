package io.dudao.monitoring;

import io.dudao.accountability.AccountabilityDtos.SaveCaseRequest;
import io.dudao.common.work.Light;
import io.dudao.inspection.InspectionEnums.FindingSeverity;
import io.dudao.monitoring.MonitoringEnums.CycleStatus;
import io.dudao.monitoring.MonitoringEnums.Subject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Request and response records of quality monitoring. */
public final class MonitoringDtos {

    private MonitoringDtos() {
    }

    @Schema(name = "MonitoringSampledCounty", description = "A sampled county and its sampled schools")
    public record SampledCounty(
            @NotNull @Schema(required = true) Long countyId,
            @Size(max = 200) @Schema(description = "The county's sampled schools (schools below the county)") List<@NotNull Long> schoolIds) {
    }

    @Schema(name = "SaveMonitoringCycleRequest")
    public record SaveCycleRequest(
            @Schema(description = "The city or province office running the cycle (default: the caller's organisation)") Long ownerOrgId,
            @NotNull @Min(2000) @Max(2100) @Schema(required = true, example = "2023") Integer year,
            @NotBlank @Size(max = 200) @Schema(required = true, example = "2023年义务教育质量监测") String title,
            @NotEmpty @Size(max = 9) @Schema(required = true) List<@NotNull Subject> subjects,
            @NotEmpty @Size(max = 9) @Schema(required = true, description = "Usually 4 and 8") List<@NotNull @Min(1) @Max(9) Integer> grades,
            @Schema(description = "测试日期") LocalDate testDate,
            @Schema(description = "结果反馈日期") LocalDate feedbackDate,
            @NotNull @Schema(required = true, description = "When the cycle's work (feedback rectification included) is due") LocalDate endsOn,
            @DecimalMin(value = "0.01") @DecimalMax("100") @Schema(description = "A county whose share at level III or above falls by more "
                    + "than this many percentage points from its previous cycle gets the scenario 教育质量下降 suggested (default 5)")
            BigDecimal fallAlertPoints,
            @Schema(description = "The plan item (重点工作) the cycle serves") Long planItemId,
            @NotEmpty @Size(max = 200) @Schema(required = true) List<@Valid @NotNull SampledCounty> counties,
            @Schema(description = "The version being updated (or send If-Match); ignored on create") Long version) {
    }

    @Schema(name = "MonitoringOrgRef")
    public record OrgRef(@Schema(required = true) long id, @Schema(required = true) String name) {
    }

    @Schema(name = "MonitoringSampledCountyResponse")
    public record SampledCountyResponse(@Schema(required = true) long countyId, @Schema(required = true) String countyName,
                                        @Schema(required = true) List<OrgRef> schools) {
    }

    @Schema(name = "MonitoringCycle")
    public record CycleResponse(
            @Schema(required = true) long id,
            @Schema(required = true) long ownerOrgId,
            @Schema(required = true) String ownerOrgName,
            @Schema(required = true) int year,
            @Schema(required = true) String title,
            @Schema(required = true) List<Subject> subjects,
            @Schema(required = true) List<Integer> grades,
            LocalDate testDate,
            LocalDate feedbackDate,
            @Schema(required = true) LocalDate endsOn,
            @Schema(required = true) BigDecimal fallAlertPoints,
            Long planItemId,
            @Schema(required = true) CycleStatus status,
            @Schema(required = true, description = "The deadline light of the cycle's work (NONE once closed)") Light light,
            @Schema(required = true, description = "Sampled counties the caller can see, with their sampled schools")
            List<SampledCountyResponse> counties,
            @Schema(required = true, description = "Result rows the caller can see") long resultCount,
            @Schema(required = true, description = "Feedback problems (findings) the caller can see") long problemCount,
            @Schema(required = true, description = "Of which not verified (销号) yet") long openProblemCount,
            @Schema(required = true, description = "Whether the caller runs the cycle (edits, imports, raises problems, closes)") boolean manageable,
            @Schema(required = true) long version,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt) {
    }

    @Schema(name = "MonitoringCyclePage")
    public record CyclePage(@Schema(required = true) List<CycleResponse> items, @Schema(required = true) int page,
                            @Schema(required = true) int size, @Schema(required = true) long total) {
    }

    /** The four figures of a result, or of the province beside it. */
    @Schema(name = "MonitoringFigures")
    public record Figures(
            @Schema(description = "达到Ⅲ级及以上比例 (%)") BigDecimal level3Share,
            @Schema(description = "优秀比例 (%)") BigDecimal excellentShare,
            @Schema(description = "平均量表分") BigDecimal meanScore,
            @Schema(description = "校际差异率") BigDecimal differenceRate) {
    }

    @Schema(name = "MonitoringResult")
    public record ResultResponse(
            @Schema(required = true) long countyId,
            @Schema(required = true) String countyName,
            @Schema(description = "Absent for the county's own figure") Long schoolId,
            String schoolName,
            @Schema(required = true) Subject subject,
            @Schema(required = true) int grade,
            @Schema(required = true) Figures figures,
            @Schema(required = true) Figures province,
            @Schema(description = "Percentage points above (+) or below (−) the province's share at level III or above")
            BigDecimal level3VsProvince) {
    }

    @Schema(name = "MonitoringResultList")
    public record ResultList(@Schema(required = true) long cycleId, @Schema(required = true) List<ResultResponse> items) {
    }

    @Schema(name = "MonitoringImportResult")
    public record ImportResponse(@Schema(required = true) long cycleId, @Schema(required = true) int rows,
                                 @Schema(required = true) int counties, @Schema(required = true) CycleStatus status) {
    }

    @Schema(name = "MonitoringImportUpload")
    public record ImportUpload(@Schema(type = SchemaType.STRING, format = "binary", required = true) String file) {
    }

    @Schema(name = "MonitoringTrendPoint")
    public record TrendPoint(@Schema(required = true) long cycleId, @Schema(required = true) int year,
                             @Schema(required = true) String title, @Schema(required = true) Figures figures,
                             @Schema(required = true) Figures province) {
    }

    @Schema(name = "MonitoringTrend", description = "A county's figures for one subject and grade over the cycles, oldest first")
    public record TrendResponse(@Schema(required = true) long countyId, @Schema(required = true) String countyName,
                                @Schema(required = true) Subject subject, @Schema(required = true) int grade,
                                @Schema(required = true) List<TrendPoint> points) {
    }

    @Schema(name = "MonitoringComparison", description = "The counties of a cycle side by side for one subject and grade, best share first")
    public record ComparisonResponse(@Schema(required = true) long cycleId, @Schema(required = true) Subject subject,
                                     @Schema(required = true) int grade, @Schema(required = true) Figures province,
                                     @Schema(required = true) List<ResultResponse> counties) {
    }

    @Schema(name = "MonitoringProblem", description = "A problem of the feedback report for one county")
    public record ProblemRequest(
            @NotNull @Schema(required = true) Long countyId,
            Subject subject,
            @NotNull @Schema(required = true) FindingSeverity severity,
            @NotBlank @Size(max = 4000) @Schema(required = true) String description,
            @NotBlank @Size(max = 4000) @Schema(required = true) String requirement,
            @Schema(description = "Default: the cycle's end date") LocalDate dueDate) {
    }

    @Schema(name = "RaiseMonitoringProblemsRequest")
    public record RaiseProblemsRequest(@NotEmpty @Size(max = 200) @Schema(required = true) List<@Valid @NotNull ProblemRequest> problems) {
    }

    @Schema(name = "MonitoringRaisedProblems")
    public record RaisedProblems(@Schema(required = true, description = "The findings raised, in the request's order") List<Long> findingIds) {
    }

    @Schema(name = "MonitoringFallSuggestion", description = "A county whose share at level III or above fell beyond the cycle's "
            + "threshold since its previous cycle, with a prefilled case (教育质量下降) to open through createAccountabilityCase")
    public record FallSuggestion(
            @Schema(required = true) long countyId,
            @Schema(required = true) String countyName,
            @Schema(required = true) Subject subject,
            @Schema(required = true) int grade,
            @Schema(required = true) long previousCycleId,
            @Schema(required = true) int previousYear,
            @Schema(required = true) BigDecimal previousShare,
            @Schema(required = true) BigDecimal share,
            @Schema(required = true, description = "Percentage points fallen") BigDecimal fall,
            @Schema(required = true) BigDecimal threshold,
            @Schema(required = true) SaveCaseRequest caseDraft) {
    }

    @Schema(name = "MonitoringFallSuggestions")
    public record FallSuggestions(@Schema(required = true) long cycleId, @Schema(required = true) List<FallSuggestion> items) {
    }
}

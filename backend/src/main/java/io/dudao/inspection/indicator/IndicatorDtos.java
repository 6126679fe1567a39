package io.dudao.inspection.indicator;

import io.dudao.inspection.indicator.IndicatorEnums.IndicatorKind;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorSystemStatus;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorTargetType;
import io.dudao.inspection.indicator.IndicatorEnums.ThresholdOperator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** API types of indicator systems (指标体系). */
public final class IndicatorDtos {

    /** The format tag of exported indicator systems; import accepts it (or no tag). */
    public static final String DOCUMENT_FORMAT = "dudao.indicator-system/1";

    private IndicatorDtos() {
    }

    @Schema(name = "GradeBandDto", description = "A grade (等级) and the lowest total that earns it, e.g. A from 850")
    public record GradeBandDto(
            @NotBlank @Size(max = 20) @Schema(required = true, examples = "优秀") String grade,
            @NotNull @Schema(required = true, description = "Lowest total score (points, not percent) earning this grade; the lowest band starts at 0")
            BigDecimal minScore) {
    }

    @Schema(name = "SaveIndicator", description = "One indicator of a tree as sent (codes are generated from the order)")
    public record SaveIndicator(
            @Size(max = 20) @Schema(description = "Ignored on input (the server numbers indicators by their order); present in exports")
            String code,
            @NotBlank @Size(max = 300) @Schema(required = true) String name,
            @Size(max = 5000) String description,
            @Digits(integer = 5, fraction = 2)
            @Schema(description = "SCORED: required on leaves (> 0, at most " + IndicatorTree.MAX_SCORE + ", at most 2 decimals); on a parent optional and, when given, must equal the sum of its children")
            BigDecimal maxScore,
            @Schema(description = "THRESHOLD leaves: how the measured value is compared with the threshold; absent = a pass/fail judgement")
            ThresholdOperator operator,
            @Digits(integer = 12, fraction = 6) @Schema(description = "THRESHOLD leaves with an operator (at most 6 decimals)") BigDecimal threshold,
            @Size(max = 20) @Schema(examples = "㎡") String unit,
            @Min(0) @Max(6) @Schema(description = "Decimals the measured value is rounded to before comparing") Integer precision,
            @Size(max = 30) @Schema(description = "佐证材料 to collect for this indicator") List<@NotBlank @Size(max = 300) String> evidenceRequired,
            @Size(max = 100) List<@Valid SaveIndicator> children) {
    }

    @Schema(name = "SaveIndicatorSystemRequest")
    public record SaveIndicatorSystemRequest(
            @NotBlank @Size(max = 300) @Schema(required = true) String name,
            @Size(max = 5000) String description,
            @NotNull @Schema(required = true) IndicatorKind kind,
            @NotNull @Schema(required = true) IndicatorTargetType targetType,
            @Size(max = 10) @Schema(description = "SCORED only; the lowest band must start at 0") List<@Valid GradeBandDto> gradeBands,
            @Size(max = 1000) @Schema(description = "Where the indicators and thresholds come from (文件、条款)") String sourceNote,
            @NotEmpty @Size(max = 100) @Schema(required = true, description = "Top-level indicators; at most 3 levels") List<@Valid SaveIndicator> indicators,
            @Schema(description = "The revision being updated (or send If-Match); ignored on create") Long revision) {
    }

    @Schema(name = "IndicatorSystemDocument", description = "An indicator system as exported and imported (JSON)")
    public record IndicatorSystemDocument(
            @Schema(description = "Format tag, " + DOCUMENT_FORMAT) String format,
            @NotBlank @Size(max = 300) @Schema(required = true) String name,
            @Size(max = 5000) String description,
            @NotNull @Schema(required = true) IndicatorKind kind,
            @NotNull @Schema(required = true) IndicatorTargetType targetType,
            @Schema(description = "The exported version (informational; an import starts a new lineage at version 1)") Integer version,
            @Size(max = 1000) String sourceNote,
            @Size(max = 10) List<@Valid GradeBandDto> gradeBands,
            @NotEmpty @Size(max = 100) @Schema(required = true) List<@Valid SaveIndicator> indicators) {
    }

    @Schema(name = "Indicator", description = "One indicator (指标) with its generated code")
    public record IndicatorResponse(
            @Schema(required = true, examples = "1.2.3") String code,
            @Schema(required = true) String name,
            String description,
            @Schema(description = "SCORED: the points (a parent's is the sum of its children's)") BigDecimal maxScore,
            ThresholdOperator operator,
            BigDecimal threshold,
            String unit,
            Integer precision,
            @Schema(required = true) List<String> evidenceRequired,
            @Schema(required = true) List<IndicatorResponse> children) {
    }

    @Schema(name = "IndicatorSystem", description = "A version of an indicator system with its tree")
    public record IndicatorSystemResponse(
            @Schema(required = true) long id,
            @Schema(required = true, description = "The first version's id; all versions of one system share it") long lineageId,
            @Schema(required = true) String name,
            String description,
            @Schema(required = true) IndicatorKind kind,
            @Schema(required = true) IndicatorTargetType targetType,
            @Schema(required = true, description = "Version number within the lineage (1, 2, ...)") int version,
            @Schema(required = true) IndicatorSystemStatus status,
            @Schema(description = "Absent for built-in systems, which every organisation sees") Long ownerOrgId,
            String ownerOrgName,
            @Schema(required = true) List<GradeBandDto> gradeBands,
            @Schema(description = "SCORED: the sum of the top-level indicators") BigDecimal totalScore,
            @Schema(required = true, description = "Number of leaf indicators (the ones scored)") int leafCount,
            String sourceNote,
            @Schema(required = true) List<IndicatorResponse> indicators,
            @Schema(required = true, description = "Actions the caller may take now: edit, publish, copy") List<String> allowedActions,
            @Schema(required = true, description = "Concurrency revision, sent back as If-Match or in the body on update") long revision,
            OffsetDateTime publishedAt,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt) {
    }

    @Schema(name = "IndicatorSystemSummary", description = "An indicator system as listed, without its tree")
    public record IndicatorSystemSummary(
            @Schema(required = true) long id,
            @Schema(required = true) long lineageId,
            @Schema(required = true) String name,
            @Schema(required = true) IndicatorKind kind,
            @Schema(required = true) IndicatorTargetType targetType,
            @Schema(required = true) int version,
            @Schema(required = true) IndicatorSystemStatus status,
            Long ownerOrgId,
            String ownerOrgName,
            BigDecimal totalScore,
            @Schema(required = true) int leafCount,
            @Schema(required = true) long revision,
            @Schema(required = true) OffsetDateTime updatedAt) {
    }
}

package io.dudao.creation.engine;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A 优质均衡 county's own data for a year, beside its schools' rows: the county numbers the figures
 * are computed from, the quality-monitoring results entered by hand (until the monitoring feature
 * supplies them), the assessor's judgements and the recorded one-vote vetoes, each with evidence.
 */
@Schema(name = "CreationCountyData")
public record CountyReturn(
        @Schema(required = true, description = "County numbers by key (rotationEligibleTeachers, surveyRespondents …); absent = not entered")
        Map<String, BigDecimal> inputs,
        @Schema(required = true, description = "National quality-monitoring results per subject (教育质量第 9 项), entered by hand")
        List<MonitoringSubject> monitoring,
        @Schema(required = true, description = "The assessor's judgement of each item that needs one") List<Judgement> judgements,
        @Schema(required = true, description = "One-vote vetoes found; each fails the county") List<VetoRecord> vetoes) {

    public static final CountyReturn EMPTY = new CountyReturn(Map.of(), List.of(), List.of(), List.of());

    public CountyReturn {
        inputs = inputs == null ? Map.of() : inputs;
        monitoring = monitoring == null ? List.of() : monitoring;
        judgements = judgements == null ? List.of() : judgements;
        vetoes = vetoes == null ? List.of() : vetoes;
    }

    public BigDecimal input(CountyInput input) {
        return inputs.get(input.key);
    }

    public Optional<Judgement> judgement(String itemCode) {
        return judgements.stream().filter(j -> itemCode.equals(j.itemCode())).findFirst();
    }

    public Optional<VetoRecord> veto(String code) {
        return vetoes.stream().filter(v -> code.equals(v.code())).findFirst();
    }

    @Schema(name = "CreationMonitoringSubject", description = "One subject's county result in the national quality monitoring")
    public record MonitoringSubject(
            @Schema(required = true, description = "e.g. 四年级数学") String subject,
            @Schema(required = true, type = SchemaType.INTEGER, description = "Achievement level 1–4 (Ⅰ–Ⅳ)") BigDecimal level,
            @Schema(required = true, description = "Inter-school difference rate (校际差异率), 0–1") BigDecimal differenceRate) {
    }

    @Schema(name = "CreationJudgement", description = "An assessor's judgement of one item; met needs evidence")
    public record Judgement(
            @Schema(required = true, description = "The item judged, e.g. GOV_01") String itemCode,
            @Schema(required = true) Boolean met,
            @Schema(required = true, description = "What the judgement rests on") String basis,
            @Schema(description = "Evidence (佐证材料): ids of uploaded attachments") List<Long> attachmentIds) {

        public List<Long> evidence() {
            return attachmentIds == null ? List.of() : attachmentIds;
        }
    }

    @Schema(name = "CreationVetoRecord", description = "A one-vote veto found, with its evidence")
    public record VetoRecord(
            @Schema(required = true, description = "The veto's code in the standard, e.g. EXAM_ADMISSION") String code,
            @Schema(required = true, description = "What happened, where and when") String description,
            @Schema(required = true, description = "Evidence (佐证材料): ids of uploaded attachments, at least one") List<Long> attachmentIds) {

        public List<Long> evidence() {
            return attachmentIds == null ? List.of() : attachmentIds;
        }
    }

    /** Where the quality-monitoring results came from, and the results. */
    public record Monitoring(List<MonitoringSubject> subjects, String source) {
    }
}

package io.dudao.inspection.indicator;

import io.dudao.common.error.FieldError;
import io.dudao.inspection.indicator.IndicatorDtos.GradeBandDto;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Grade bands (等级线): a total earns the highest grade whose minimum it reaches, so a score exactly
 * on a cut-off gets the higher grade. The lowest band starts at 0, so every total has a grade.
 */
public final class GradeBands {

    private GradeBands() {
    }

    public record Result(List<GradeBand> bands, List<FieldError> errors) {
    }

    public static Result validate(IndicatorKind kind, List<GradeBandDto> input, BigDecimal total) {
        List<FieldError> errors = new ArrayList<>();
        List<GradeBand> bands = new ArrayList<>();
        if (input == null || input.isEmpty()) {
            return new Result(List.of(), errors);
        }
        if (kind == IndicatorKind.THRESHOLD) {
            errors.add(new FieldError("gradeBands", "达标类指标体系不设等级线（结论为达标或未达标）"));
            return new Result(List.of(), errors);
        }
        Set<String> grades = new HashSet<>();
        Set<BigDecimal> minimums = new HashSet<>();
        boolean hasZero = false;
        for (int i = 0; i < input.size(); i++) {
            GradeBandDto b = input.get(i);
            String field = "gradeBands[" + i + "]";
            if (b == null) {
                errors.add(new FieldError(field, "等级不能为空"));
                continue;
            }
            String grade = b.grade() == null ? "" : b.grade().trim();
            if (grade.isEmpty()) {
                errors.add(new FieldError(field + ".grade", "等级名称不能为空"));
            } else if (!grades.add(grade)) {
                errors.add(new FieldError(field + ".grade", "等级名称重复：" + grade));
            }
            BigDecimal min = b.minScore();
            if (min == null) {
                errors.add(new FieldError(field + ".minScore", "须设分数线"));
                continue;
            }
            if (min.signum() < 0) {
                errors.add(new FieldError(field + ".minScore", "分数线不能为负数"));
            } else if (total != null && min.compareTo(total) > 0) {
                errors.add(new FieldError(field + ".minScore", "分数线不能超过总分 " + IndicatorTree.plain(total)));
            } else if (!minimums.add(min.stripTrailingZeros())) {
                errors.add(new FieldError(field + ".minScore", "分数线重复：" + IndicatorTree.plain(min)));
            }
            hasZero |= min.signum() == 0;
            bands.add(new GradeBand(grade, min));
        }
        if (errors.isEmpty() && !hasZero) {
            errors.add(new FieldError("gradeBands", "最低一档的分数线须为 0，使每个得分都有等级"));
        }
        bands.sort(Comparator.comparing(GradeBand::minScore).reversed());
        return new Result(List.copyOf(bands), errors);
    }

    /** The grade of a total: the first band, highest minimum first, whose minimum the total reaches. */
    public static String grade(List<GradeBand> bands, BigDecimal total) {
        if (bands == null || total == null) {
            return null;
        }
        return bands.stream().sorted(Comparator.comparing(GradeBand::minScore).reversed())
                .filter(b -> total.compareTo(b.minScore()) >= 0).map(GradeBand::grade).findFirst().orElse(null);
    }
}

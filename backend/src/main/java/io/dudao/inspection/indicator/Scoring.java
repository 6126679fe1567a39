package io.dudao.inspection.indicator;

import io.dudao.common.error.FieldError;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a report's scores against its indicator system and derives the results.
 * SCORED: each leaf gets 0..maxScore points (at most 2 decimals); the total is their sum and the grade
 * comes from the bands once every leaf is scored. THRESHOLD: a judgement item takes passed true/false;
 * an item with an operator takes the measured value as score (rounded to its precision) and passes when
 * "value operator threshold" holds; the conclusion is 达标 when every item passes.
 */
public final class Scoring {

    public static final String PASS = "达标";
    public static final String FAIL = "未达标";

    private Scoring() {
    }

    public record ScoreInput(String indicatorCode, BigDecimal score, Boolean passed, String remark) {
    }

    public record Result(List<ScoreEntry> entries, BigDecimal total, String grade, int passedCount, int failedCount,
                         List<String> missing, List<FieldError> errors) {
        public boolean complete() {
            return missing.isEmpty();
        }
    }

    public static Result evaluate(ScoringModel model, List<ScoreInput> input) {
        List<ScoreInput> scores = input == null ? List.of() : input;
        List<FieldError> errors = new ArrayList<>();
        if (model == null) {
            if (!scores.isEmpty()) {
                errors.add(new FieldError("scores", "未选择指标体系，不能评分"));
            }
            return new Result(List.of(), null, null, 0, 0, List.of(), errors);
        }
        Map<String, IndicatorNode> nodes = model.nodes();
        Set<String> seen = new HashSet<>();
        List<ScoreEntry> entries = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            ScoreInput s = scores.get(i);
            String field = "scores[" + i + "]";
            if (s == null) {
                errors.add(new FieldError(field, "评分不能为空"));
                continue;
            }
            String code = s.indicatorCode() == null ? "" : s.indicatorCode().trim();
            IndicatorNode node = nodes.get(code);
            if (node == null) {
                errors.add(new FieldError(field + ".indicatorCode", "指标体系中没有编号为 " + code + " 的指标"));
                continue;
            }
            if (!node.leaf()) {
                errors.add(new FieldError(field + ".indicatorCode", "指标 " + code + " 不是末级指标，只能为末级指标评分"));
                continue;
            }
            if (!seen.add(code)) {
                errors.add(new FieldError(field + ".indicatorCode", "指标 " + code + " 重复评分"));
                continue;
            }
            String remark = s.remark() == null || s.remark().isBlank() ? null : s.remark().trim();
            if (model.kind() == IndicatorKind.SCORED) {
                if (s.passed() != null) {
                    errors.add(new FieldError(field + ".passed", "评分类指标 " + code + " 填写得分，不填是否达标"));
                    continue;
                }
                BigDecimal score = s.score();
                if (score == null) {
                    errors.add(new FieldError(field + ".score", "指标 " + code + " 须填写得分"));
                } else if (score.signum() < 0) {
                    errors.add(new FieldError(field + ".score", "指标 " + code + " 得分不能为负数"));
                } else if (score.compareTo(node.maxScore()) > 0) {
                    errors.add(new FieldError(field + ".score", "指标 " + code + " 得分 " + IndicatorTree.plain(score)
                            + " 超过满分 " + IndicatorTree.plain(node.maxScore())));
                } else if (score.stripTrailingZeros().scale() > IndicatorTree.MAX_SCALE) {
                    errors.add(new FieldError(field + ".score", "指标 " + code + " 得分最多保留 2 位小数"));
                } else {
                    entries.add(new ScoreEntry(code, score, null, remark));
                }
            } else if (node.operator() == null) {
                if (s.score() != null) {
                    errors.add(new FieldError(field + ".score", "指标 " + code + " 为达标判定项，填写是否达标（passed），不填数值"));
                } else if (s.passed() == null) {
                    errors.add(new FieldError(field + ".passed", "指标 " + code + " 须填写是否达标"));
                } else {
                    entries.add(new ScoreEntry(code, null, s.passed(), remark));
                }
            } else {
                if (s.score() == null) {
                    errors.add(new FieldError(field + ".score", "指标 " + code + " 须填写实测值"));
                    continue;
                }
                BigDecimal value = node.precision() == null ? s.score() : s.score().setScale(node.precision(), RoundingMode.HALF_UP);
                boolean passed = node.operator().passes(value, node.threshold());
                if (s.passed() != null && s.passed() != passed) {
                    errors.add(new FieldError(field + ".passed", "指标 " + code + " 实测值 " + value.toPlainString()
                            + (passed ? " 已达到" : " 未达到") + "阈值 " + node.operator().symbol()
                            + IndicatorTree.plain(node.threshold()) + "，与所填结论不一致"));
                    continue;
                }
                entries.add(new ScoreEntry(code, value, passed, remark));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(List.of(), null, null, 0, 0, List.of(), errors);
        }
        return summarize(model, entries);
    }

    /** Totals, grade and completeness of valid entries (e.g. as stored). */
    public static Result summarize(ScoringModel model, List<ScoreEntry> stored) {
        if (model == null) {
            return new Result(List.of(), null, null, 0, 0, List.of(), List.of());
        }
        Map<String, IndicatorNode> leaves = model.leaves();
        Map<String, Integer> order = new HashMap<>();
        int position = 0;
        for (String code : leaves.keySet()) {
            order.put(code, position++);
        }
        List<ScoreEntry> entries = new ArrayList<>(stored == null ? List.of() : stored);
        entries.removeIf(e -> !leaves.containsKey(e.indicatorCode()));
        entries.sort(Comparator.comparing(e -> order.get(e.indicatorCode())));
        Set<String> scored = new HashSet<>();
        entries.forEach(e -> scored.add(e.indicatorCode()));
        List<String> missing = leaves.keySet().stream().filter(c -> !scored.contains(c)).toList();
        int passed = (int) entries.stream().filter(e -> Boolean.TRUE.equals(e.passed())).count();
        int failed = (int) entries.stream().filter(e -> Boolean.FALSE.equals(e.passed())).count();
        BigDecimal total = null;
        String grade = null;
        if (model.kind() == IndicatorKind.SCORED) {
            total = entries.stream().map(ScoreEntry::score).reduce(BigDecimal.ZERO, BigDecimal::add);
            grade = missing.isEmpty() ? GradeBands.grade(model.bands(), total) : null;
        } else if (missing.isEmpty()) {
            grade = failed == 0 ? PASS : FAIL;
        }
        return new Result(List.copyOf(entries), total, grade, passed, failed, missing, List.of());
    }
}

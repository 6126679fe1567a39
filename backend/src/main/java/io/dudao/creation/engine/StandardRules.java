package io.dudao.creation.engine;

import io.dudao.common.error.FieldError;
import io.dudao.creation.engine.CreationEnums.CreationComparison;
import io.dudao.creation.engine.CreationEnums.CreationStage;
import io.dudao.creation.engine.StandardContent.CountyRule;
import io.dudao.creation.engine.StandardContent.CvRule;
import io.dudao.creation.engine.StandardContent.Exclusions;
import io.dudao.creation.engine.StandardContent.Indicator;
import io.dudao.creation.engine.StandardContent.SchoolRule;
import io.dudao.creation.engine.StandardContent.Threshold;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A local standard is a copy of a national (or provincial) one that may only be tightened: higher
 * minimums, lower maximums and CV limits, a stricter school rule, fewer exclusions. Pure.
 */
public final class StandardRules {

    private StandardRules() {
    }

    public record IndicatorOverride(String code, List<Threshold> thresholds) {
    }

    public record Overrides(List<IndicatorOverride> indicators, SchoolRule schoolRule, List<Threshold> cvThresholds,
                            Exclusions exclusions, CountyRule countyRule) {
    }

    public record Result(StandardContent content, List<FieldError> errors) {
    }

    public static Result tighten(StandardContent base, Overrides o) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        base.indicators().forEach(i -> indicators.put(i.code(), i));
        List<IndicatorOverride> overrides = o.indicators() == null ? List.of() : o.indicators();
        for (int i = 0; i < overrides.size(); i++) {
            IndicatorOverride ov = overrides.get(i);
            String at = "indicators[" + i + "]";
            Indicator current = ov == null || ov.code() == null ? null : indicators.get(ov.code().trim());
            if (current == null) {
                errors.add(new FieldError(at + ".code", "所依据标准中没有该指标，可选：" + String.join("、", indicators.keySet())));
                continue;
            }
            List<Threshold> thresholds = new ArrayList<>(current.thresholds());
            List<Threshold> wanted = ov.thresholds() == null ? List.of() : ov.thresholds();
            for (int j = 0; j < wanted.size(); j++) {
                Threshold t = wanted.get(j);
                String tAt = at + ".thresholds[" + j + "]";
                int index = t == null || t.stage() == null ? -1 : indexOf(thresholds, t.stage());
                if (index < 0) {
                    errors.add(new FieldError(tAt + ".stage", "所依据标准中该指标没有这个学段"));
                    continue;
                }
                Threshold old = thresholds.get(index);
                if (t.value() == null || t.value().signum() < 0) {
                    errors.add(new FieldError(tAt + ".value", "阈值必须是非负数"));
                } else if ("%".equals(current.unit()) && t.value().compareTo(Num.HUNDRED) > 0) {
                    errors.add(new FieldError(tAt + ".value", "百分比不能超过 100"));
                } else if (!asStrict(current.comparison(), t.value(), old.value())) {
                    errors.add(new FieldError(tAt + ".value", "只能收紧标准：不得" + (current.comparison() == CreationComparison.AT_LEAST
                            ? "低于" : "高于") + "所依据标准的 " + old.value().toPlainString()));
                } else {
                    thresholds.set(index, new Threshold(old.stage(), t.value(), t.note() == null ? old.note() : t.note()));
                }
            }
            indicators.put(current.code(), new Indicator(current.code(), current.name(), current.unit(), current.precision(),
                    current.comparison(), current.perSchool(), thresholds));
        }

        SchoolRule schoolRule = base.schoolRule();
        if (o.schoolRule() != null && base.schoolRule() != null) {
            SchoolRule s = o.schoolRule();
            boolean ok = true;
            if (s.minMet() < base.schoolRule().minMet() || s.minMet() > base.indicators().size()) {
                errors.add(new FieldError("schoolRule.minMet", "须在 " + base.schoolRule().minMet() + " 到 " + base.indicators().size() + " 之间（只能收紧）"));
                ok = false;
            }
            if (s.nearMissRatio() == null || s.nearMissRatio().compareTo(base.schoolRule().nearMissRatio()) < 0
                    || s.nearMissRatio().compareTo(BigDecimal.ONE) > 0) {
                errors.add(new FieldError("schoolRule.nearMissRatio", "须在 " + base.schoolRule().nearMissRatio().toPlainString() + " 到 1 之间（只能收紧）"));
                ok = false;
            }
            if (ok) {
                schoolRule = s;
            }
        } else if (o.schoolRule() != null) {
            errors.add(new FieldError("schoolRule", "该类标准没有学校达标规则"));
        }

        CvRule cvRule = base.cvRule();
        if (o.cvThresholds() != null && base.cvRule() != null) {
            List<Threshold> limits = new ArrayList<>(base.cvRule().thresholds());
            for (int j = 0; j < o.cvThresholds().size(); j++) {
                Threshold t = o.cvThresholds().get(j);
                String at = "cvThresholds[" + j + "]";
                int index = t == null || t.stage() == null ? -1 : indexOf(limits, t.stage());
                if (index < 0) {
                    errors.add(new FieldError(at + ".stage", "所依据标准没有这个学段的差异系数"));
                } else if (t.value() == null || t.value().signum() <= 0 || t.value().compareTo(limits.get(index).value()) > 0) {
                    errors.add(new FieldError(at + ".value", "差异系数上限须大于 0 且不高于所依据标准的 " + limits.get(index).value().toPlainString()));
                } else {
                    limits.set(index, new Threshold(t.stage(), t.value(), t.note()));
                }
            }
            cvRule = new CvRule(base.cvRule().precision(), limits);
        } else if (o.cvThresholds() != null) {
            errors.add(new FieldError("cvThresholds", "该类标准没有差异系数要求"));
        }

        Exclusions exclusions = base.exclusions();
        if (o.exclusions() != null && o.exclusions().teachingPointMinStudents() != null) {
            int limit = base.teachingPointMinStudents();
            int wanted = o.exclusions().teachingPointMinStudents();
            if (wanted < 0 || wanted > limit) {
                errors.add(new FieldError("exclusions.teachingPointMinStudents", "须在 0 到 " + limit + " 之间（只能减少不参评的教学点）"));
            } else {
                exclusions = new Exclusions(wanted);
            }
        }

        CountyRule countyRule = base.countyRule();
        if (o.countyRule() != null && o.countyRule().requireAllSchoolsPass() != null) {
            if (base.requireAllSchoolsPass() && !o.countyRule().requireAllSchoolsPass()) {
                errors.add(new FieldError("countyRule.requireAllSchoolsPass", "所依据标准要求每所学校达标，不能放宽"));
            } else {
                countyRule = o.countyRule();
            }
        }
        return new Result(new StandardContent(List.copyOf(indicators.values()), schoolRule, cvRule, exclusions, countyRule), errors);
    }

    /** Whether a seed or stored document is complete for its kind (every code the calculator needs, every stage). */
    public static List<String> completenessProblems(CreationEnums.CreationKind kind, StandardContent content) {
        List<String> problems = new ArrayList<>();
        if (kind == CreationEnums.CreationKind.BALANCED_COMPULSORY) {
            for (CompulsoryIndicator i : CompulsoryIndicator.values()) {
                var rule = content.indicator(i.name());
                if (rule.isEmpty()) {
                    problems.add("missing indicator " + i.name());
                } else if (rule.get().thresholdFor(CreationStage.PRIMARY).isEmpty() || rule.get().thresholdFor(CreationStage.JUNIOR).isEmpty()) {
                    problems.add(i.name() + " needs PRIMARY and JUNIOR thresholds");
                }
            }
            if (content.schoolRule() == null || content.cvRule() == null) {
                problems.add("schoolRule and cvRule are required");
            }
        } else {
            for (String code : PreschoolCalculator.CODES) {
                var rule = content.indicator(code);
                if (rule.isEmpty() || rule.get().thresholdFor(CreationStage.PRESCHOOL).isEmpty()) {
                    problems.add("missing PRESCHOOL threshold of " + code);
                }
            }
        }
        return problems;
    }

    private static boolean asStrict(CreationComparison comparison, BigDecimal wanted, BigDecimal base) {
        return comparison == CreationComparison.AT_LEAST ? wanted.compareTo(base) >= 0 : wanted.compareTo(base) <= 0;
    }

    private static int indexOf(List<Threshold> thresholds, CreationStage stage) {
        for (int i = 0; i < thresholds.size(); i++) {
            if (thresholds.get(i).stage() == stage) {
                return i;
            }
        }
        return -1;
    }
}

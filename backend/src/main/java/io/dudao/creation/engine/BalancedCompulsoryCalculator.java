package io.dudao.creation.engine;

import io.dudao.creation.engine.Assessment.Check;
import io.dudao.creation.engine.Assessment.ConditionResult;
import io.dudao.creation.engine.Assessment.ItemResult;
import io.dudao.creation.engine.Assessment.PartResult;
import io.dudao.creation.engine.Assessment.SchoolFinding;
import io.dudao.creation.engine.Assessment.VetoResult;
import io.dudao.creation.engine.CountyPartsCalculator.CountyFacts;
import io.dudao.creation.engine.CreationEnums.ConditionKind;
import io.dudao.creation.engine.CreationEnums.ItemStatus;
import io.dudao.creation.engine.Assessment.ExcludedSchool;
import io.dudao.creation.engine.Assessment.IndicatorResult;
import io.dudao.creation.engine.Assessment.SchoolResult;
import io.dudao.creation.engine.Assessment.Shortfall;
import io.dudao.creation.engine.CreationEnums.CreationComparison;
import io.dudao.creation.engine.CreationEnums.CreationKind;
import io.dudao.creation.engine.CreationEnums.CreationMeasure;
import io.dudao.creation.engine.CreationEnums.CreationRowStage;
import io.dudao.creation.engine.CreationEnums.CreationStage;
import io.dudao.creation.engine.CreationEnums.CreationVerdict;
import io.dudao.creation.engine.StandardContent.Indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 县域义务教育优质均衡 (2017 method). Resource allocation: seven per-school indicators against the
 * stage thresholds, the school rule (≥ minMet met, the rest ≥ nearMissRatio of the threshold) and, per
 * stage and indicator, the student-weighted between-school coefficient of variation — both must hold.
 * With the other three parts, the vetoes and the precondition ({@link CountyPartsCalculator}) it makes
 * the county verdict. Pure: no framework, no database.
 */
public final class BalancedCompulsoryCalculator {

    public static final String RESOURCE_ALLOCATION = "RESOURCE_ALLOCATION";

    private BalancedCompulsoryCalculator() {
    }

    /** A school, or one stage part of a NINE_YEAR school, with its students and (apportioned) resources. */
    public record StageUnit(SchoolRow row, CreationStage stage, BigDecimal students, BigDecimal share,
                            Map<CompulsoryIndicator, BigDecimal> resources) {
    }

    /**
     * A PRIMARY or JUNIOR school is one unit; a NINE_YEAR school becomes a PRIMARY and a JUNIOR part, each
     * with its own students and the school's resources times its share of the students. A part without
     * students is left out; a school without students yields nothing (the validator refuses it first).
     */
    public static List<StageUnit> split(SchoolRow row) {
        CreationRowStage stage = rowStage(row);
        List<StageUnit> out = new ArrayList<>();
        if (stage == null) {
            return out;
        }
        if (stage != CreationRowStage.NINE_YEAR) {
            BigDecimal n = nz(row.students());
            if (n.signum() > 0) {
                Map<CompulsoryIndicator, BigDecimal> resources = new EnumMap<>(CompulsoryIndicator.class);
                for (CompulsoryIndicator i : CompulsoryIndicator.values()) {
                    resources.put(i, i.resourceOf(row));
                }
                out.add(new StageUnit(row, stage == CreationRowStage.PRIMARY ? CreationStage.PRIMARY : CreationStage.JUNIOR,
                        n, null, resources));
            }
            return out;
        }
        BigDecimal p = nz(row.primaryStudents());
        BigDecimal j = nz(row.juniorStudents());
        BigDecimal total = p.add(j);
        if (total.signum() <= 0) {
            return out;
        }
        for (CreationStage part : List.of(CreationStage.PRIMARY, CreationStage.JUNIOR)) {
            BigDecimal n = part == CreationStage.PRIMARY ? p : j;
            if (n.signum() <= 0) {
                continue;
            }
            BigDecimal share = Num.div(n, total);
            Map<CompulsoryIndicator, BigDecimal> resources = new EnumMap<>(CompulsoryIndicator.class);
            for (CompulsoryIndicator i : CompulsoryIndicator.values()) {
                resources.put(i, i.resourceOf(row).multiply(share, Num.MC));
            }
            out.add(new StageUnit(row, part, n, share, resources));
        }
        return out;
    }

    public static Assessment assess(StandardContent standard, List<SchoolRow> rows, CountyFacts county) {
        List<StageUnit> units = new ArrayList<>();
        List<SchoolRow> assessedRows = new ArrayList<>();
        List<ExcludedSchool> excluded = new ArrayList<>();
        int minStudents = standard.teachingPointMinStudents();
        for (SchoolRow row : rows) {
            BigDecimal students = totalStudents(row);
            if (row.teachingPoint() && students.compareTo(BigDecimal.valueOf(minStudents)) < 0) {
                excluded.add(new ExcludedSchool(row.schoolCode(), row.schoolName(), row.schoolOrgId(),
                        "教学点在校生 " + Num.s(students) + " 人，不足 " + minStudents + " 人，按评估标准不纳入计算"));
                continue;
            }
            List<StageUnit> parts = split(row);
            if (parts.isEmpty()) {
                excluded.add(new ExcludedSchool(row.schoolCode(), row.schoolName(), row.schoolOrgId(),
                        "在校生数为 0 或学段无效，无法计算生均指标"));
                continue;
            }
            units.addAll(parts);
            assessedRows.add(row);
        }

        List<SchoolResult> schools = units.stream().map(u -> school(standard, u)).toList();
        List<IndicatorResult> indicators = new ArrayList<>();
        for (CreationStage stage : List.of(CreationStage.PRIMARY, CreationStage.JUNIOR)) {
            List<StageUnit> ofStage = units.stream().filter(u -> u.stage() == stage).toList();
            if (ofStage.isEmpty()) {
                continue;
            }
            Map<StageUnit, SchoolResult> results = new LinkedHashMap<>();
            for (int i = 0; i < units.size(); i++) {
                if (units.get(i).stage() == stage) {
                    results.put(units.get(i), schools.get(i));
                }
            }
            for (CompulsoryIndicator indicator : CompulsoryIndicator.values()) {
                indicators.add(cvOf(standard, stage, indicator, ofStage, results));
            }
        }

        Map<String, Boolean> bySchool = new LinkedHashMap<>();
        for (SchoolResult s : schools) {
            bySchool.merge(s.schoolCode(), s.passed(), Boolean::logicalAnd);
        }
        int assessed = bySchool.size();
        int passing = (int) bySchool.values().stream().filter(b -> b).count();
        BigDecimal ratio = assessed == 0 ? BigDecimal.ZERO : Num.round(Num.div(BigDecimal.valueOf(passing), BigDecimal.valueOf(assessed)), 4);
        PartResult resources = resourcePart(standard, schools, indicators, assessed, passing, excluded.size());

        CountyPartsCalculator.Result others = CountyPartsCalculator.assess(standard, assessedRows, county);
        List<PartResult> parts = new ArrayList<>();
        parts.add(resources);
        parts.addAll(others.parts());
        boolean noVeto = others.vetoes().stream().noneMatch(VetoResult::recorded);
        boolean preconditionMet = others.precondition() == null || others.precondition().status() == ItemStatus.MET;
        boolean pass = parts.stream().allMatch(p -> p.verdict() == CreationVerdict.PASS) && noVeto && preconditionMet;
        boolean resourceOnly = others.parts().isEmpty() && others.vetoes().isEmpty() && others.precondition() == null;
        Explain explain = resourceOnly ? resources.explain() : CountyPartsCalculator.countyExplain(parts, others, noVeto);
        return new Assessment(CreationKind.BALANCED_COMPULSORY, pass ? CreationVerdict.PASS : CreationVerdict.FAIL, assessed,
                passing, ratio, schools, excluded, indicators, explain, parts, others.vetoes(), others.precondition());
    }

    /**
     * Resource allocation as the method words it: every school passes (at least minMet indicators met, the rest
     * at least nearMissRatio of the threshold) AND every coefficient of variation is within its stage's limit.
     * The explanation names each failing school with its unmet indicators and each failing CV.
     */
    private static PartResult resourcePart(StandardContent standard, List<SchoolResult> schools, List<IndicatorResult> indicators,
                                           int assessed, int passing, int excludedCount) {
        List<ItemResult> items = new ArrayList<>();
        String note = standard.countyRule() == null || standard.countyRule().sourceNote() == null ? "" : standard.countyRule().sourceNote();
        String pct = Num.s(standard.schoolRule().nearMissRatio().multiply(Num.HUNDRED)) + "%";
        if (standard.requireAllSchoolsPass()) {
            List<SchoolFinding> failing = schools.stream().filter(s -> !s.passed())
                    .map(s -> new SchoolFinding(s.schoolCode(), s.schoolName(), s.schoolOrgId(), null, ItemStatus.NOT_MET, schoolFailure(s)))
                    .toList();
            ItemStatus status = schools.isEmpty() ? ItemStatus.MISSING : ItemStatus.of(failing.isEmpty());
            String outcome = schools.isEmpty() ? "没有可评估的学校"
                    : "达标学校 " + passing + "/" + assessed + (failing.isEmpty() ? "" : "；未达标学校："
                    + failing.stream().map(SchoolFinding::message).collect(Collectors.joining("；")));
            Map<String, Object> inputs = new LinkedHashMap<>();
            inputs.put("assessedSchools", assessed);
            inputs.put("passingSchools", passing);
            inputs.put("excludedSchools", excludedCount);
            inputs.put("failingSchools", failing.stream().map(SchoolFinding::message).toList());
            String rule = "每所学校至少 " + standard.schoolRule().minMet() + " 项指标达到要求，余项不低于要求的 " + pct;
            ConditionResult condition = new ConditionResult(ConditionKind.EVERY_SCHOOL, "SCHOOL_RULE", rule, null, null, null, null, status,
                    failing, schools.size(), null, outcome,
                    new Explain(rule, inputs, outcome, "九年一贯制学校的小学部、初中部分别判定；" + note));
            items.add(CountyPartsCalculator.itemResult("RESOURCE_SCHOOLS", 1, rule, note, List.of(condition)));
        }
        String limits = standard.cvRule().thresholds().stream()
                .map(t -> label(t.stage()) + " ≤ " + t.value().toPlainString()).collect(Collectors.joining("、"));
        String cvRule = "所有指标校际差异系数" + limits;
        List<ConditionResult> cvs = indicators.stream().map(i -> {
            String name = label(i.stage()) + i.name() + "差异系数";
            String outcome = i.cv() == null ? name + "无法计算" : name + " " + i.cv().toPlainString() + (i.passed() ? " ≤ " : " > ")
                    + i.threshold().toPlainString();
            return new ConditionResult(ConditionKind.COUNTY_FIGURE, i.code(), name, CreationComparison.AT_MOST, i.threshold(), "", i.cv(),
                    ItemStatus.of(i.passed()), null, null, null, outcome, i.explain());
        }).toList();
        if (cvs.isEmpty()) {
            cvs = List.of(new ConditionResult(ConditionKind.COUNTY_FIGURE, null, cvRule, null, null, null, null, ItemStatus.MISSING, null, null,
                    null, "没有可评估的学校", new Explain(cvRule, Map.of(), "没有可评估的学校", note)));
        }
        items.add(CountyPartsCalculator.itemResult("RESOURCE_CV", items.size() + 1, cvRule, note, cvs));
        PartResult part = CountyPartsCalculator.partResult(RESOURCE_ALLOCATION, "资源配置", note, items);
        List<IndicatorResult> failingCvs = indicators.stream().filter(i -> !i.passed()).toList();
        Map<String, Object> inputs = new LinkedHashMap<>(part.explain().inputs());
        inputs.put("assessedSchools", assessed);
        inputs.put("passingSchools", passing);
        inputs.put("indicatorsJudged", indicators.size());
        inputs.put("indicatorsFailing", failingCvs.stream().map(i -> label(i.stage()) + i.name()).toList());
        inputs.put("requireAllSchoolsPass", standard.requireAllSchoolsPass());
        String computation = schools.isEmpty() ? "没有可评估的学校" : items.stream().map(ItemResult::reason).collect(Collectors.joining("；"));
        Explain explain = new Explain("资源配置达标 = " + (standard.requireAllSchoolsPass() ? "每所学校均达标（" + standard.schoolRule().minMet()
                + " 项达到、余项不低于 " + pct + "），且" : "") + "每个学段每项指标的校际差异系数均达标（" + limits + "）", inputs, computation,
                "达标学校比例按学校计（九年一贯制学校两个学段均达标才计为达标）" + (note.isEmpty() ? "" : "；" + note));
        return new PartResult(part.code(), part.name(), part.sourceNote(), part.verdict(), part.items(), explain);
    }

    /** "富平县城关小学：仅 5 项达标，需至少 6 项；未达到：生均体育运动场馆面积 3.00 ㎡（标准 ≥ 7.5，为标准的 40%）". */
    private static String schoolFailure(SchoolResult s) {
        String unmet = s.checks().stream().filter(c -> !c.met()).map(c -> {
            Shortfall f = s.shortfalls().stream().filter(x -> x.code().equals(c.code())).findFirst().orElse(null);
            String name = f == null ? c.code() : f.name();
            String unit = f == null ? "" : f.unit();
            return name + " " + c.value().toPlainString() + (unit.isEmpty() ? "" : " " + unit) + "（标准 " + c.comparison().symbol() + " "
                    + c.threshold().toPlainString() + (c.percentOfThreshold() == null ? "" : "，为标准的 " + Num.s(c.percentOfThreshold()) + "%")
                    + "）";
        }).collect(Collectors.joining("、"));
        return s.schoolName() + (s.studentShare() == null ? "" : "（" + label(s.stage()) + "部）") + "：" + s.reason() + "；未达到：" + unmet;
    }

    private static SchoolResult school(StandardContent standard, StageUnit unit) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        List<Check> checks = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        int met = 0;
        List<String> nearMissFailures = new ArrayList<>();
        List<String> nearMisses = new ArrayList<>();
        BigDecimal ratio = standard.schoolRule().nearMissRatio();
        for (CompulsoryIndicator indicator : CompulsoryIndicator.values()) {
            Indicator rule = standard.require(indicator.name());
            BigDecimal threshold = rule.threshold(unit.stage());
            BigDecimal resource = unit.resources().get(indicator);
            BigDecimal raw = Num.div(resource.multiply(indicator.scale), unit.students());
            BigDecimal value = Num.round(raw, rule.precision());
            boolean ok = rule.comparison().met(value, threshold);
            BigDecimal pct = threshold.signum() == 0 ? null : Num.round(Num.div(value, threshold).multiply(Num.HUNDRED), 1);
            values.put(indicator.name(), value);
            checks.add(new Check(indicator.name(), value, threshold, rule.comparison(), ok, pct,
                    explainValue(indicator, rule, unit, resource, raw, value, threshold)));
            if (ok) {
                met++;
                continue;
            }
            boolean nearEnough = rule.comparison() == CreationComparison.AT_LEAST
                    ? value.compareTo(threshold.multiply(ratio)) >= 0
                    : ratio.signum() > 0 && value.compareTo(Num.div(threshold, ratio)) <= 0;
            (nearEnough ? nearMisses : nearMissFailures).add(rule.name() + " 为标准的 " + Num.s(pct) + "%");
            shortfalls.add(shortfall(indicator, rule, unit, resource, value, threshold));
        }
        int minMet = standard.schoolRule().minMet();
        boolean passed = met >= minMet && nearMissFailures.isEmpty();
        String pctText = Num.s(ratio.multiply(Num.HUNDRED)) + "%";
        String reason;
        if (met == CompulsoryIndicator.values().length) {
            reason = "7 项指标全部达标";
        } else if (met < minMet) {
            reason = "仅 " + met + " 项达标，需至少 " + minMet + " 项";
        } else if (passed) {
            reason = met + " 项达标，余项" + String.join("、", nearMisses) + "（不低于 " + pctText + "）";
        } else {
            reason = met + " 项达标，但余项" + String.join("、", nearMissFailures) + "（低于 " + pctText + "）";
        }
        return new SchoolResult(unit.row().schoolCode(), unit.row().schoolName(), unit.row().schoolOrgId(), unit.stage(),
                unit.students(), unit.share() == null ? null : Num.round(unit.share(), 4), values, met, passed, shortfalls,
                checks, reason);
    }

    private static Explain explainValue(CompulsoryIndicator indicator, Indicator rule, StageUnit unit, BigDecimal resource,
                                        BigDecimal raw, BigDecimal value, BigDecimal threshold) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        String prefix = "";
        if (unit.share() != null) {
            BigDecimal whole = indicator.resourceOf(unit.row());
            inputs.put(indicator.field + "OfSchool", whole);
            inputs.put("studentShare", Num.round(unit.share(), 4));
            prefix = "九年一贯制按学生占比拆分：" + Num.s(whole) + " × " + Num.s(unit.students()) + " ÷ "
                    + Num.s(nz(unit.row().primaryStudents()).add(nz(unit.row().juniorStudents()))) + " = " + Num.s(resource) + "；";
        }
        inputs.put(indicator.field, Num.round(resource, 4));
        inputs.put("students", unit.students());
        String computation = prefix + Num.s(resource) + " ÷ " + Num.s(unit.students())
                + (indicator.per100() ? " × 100" : "") + " = " + Num.s(raw) + " ≈ " + value.toPlainString();
        return new Explain(rule.name() + " = " + indicator.formula(), inputs, computation,
                "标准：" + label(unit.stage()) + " " + rule.comparison().symbol() + " " + threshold.toPlainString() + " " + rule.unit()
                        + "；保留 " + rule.precision() + " 位小数（四舍五入）后比较");
    }

    private static Shortfall shortfall(CompulsoryIndicator indicator, Indicator rule, StageUnit unit, BigDecimal resource,
                                       BigDecimal value, BigDecimal threshold) {
        BigDecimal required = Num.div(threshold.multiply(unit.students()), indicator.scale);
        BigDecimal needed = Num.ceil(required.subtract(resource)).max(BigDecimal.ONE);
        String message = indicator.gapPhrase + " " + Num.grouped(needed) + " " + indicator.resourceUnit;
        if (unit.share() != null) {
            message = label(unit.stage()) + "部" + message;
        }
        return new Shortfall(indicator.name(), rule.name(), value, threshold, threshold.subtract(value).abs(), rule.unit(),
                needed, indicator.resourceUnit, message);
    }

    private static IndicatorResult cvOf(StandardContent standard, CreationStage stage, CompulsoryIndicator indicator,
                                        List<StageUnit> units, Map<StageUnit, SchoolResult> results) {
        Indicator rule = standard.require(indicator.name());
        BigDecimal max = standard.cvRule().max(stage);
        List<CoefficientOfVariation.Unit> cvUnits = units.stream()
                .map(u -> new CoefficientOfVariation.Unit(u.row().schoolName() + (u.share() == null ? "" : "（" + label(u.stage()) + "部）"),
                        u.students(), u.resources().get(indicator)))
                .toList();
        CoefficientOfVariation.Result cv = CoefficientOfVariation.compute(cvUnits, indicator.scale, standard.cvRule().precision());
        boolean passed = cv.cv() != null && cv.cv().compareTo(max) <= 0;
        BigDecimal countyValue = Num.round(cv.countyValue(), rule.precision());
        Shortfall shortfall = null;
        if (!passed) {
            List<String> low = results.entrySet().stream()
                    .filter(e -> cv.countyValue() != null && e.getValue().values().get(indicator.name()).compareTo(cv.countyValue()) < 0)
                    .sorted(Comparator.comparing(e -> e.getValue().values().get(indicator.name())))
                    .limit(5)
                    .map(e -> e.getValue().schoolName() + " " + e.getValue().values().get(indicator.name()).toPlainString())
                    .toList();
            String message = cv.cv() == null ? label(stage) + rule.name() + "差异系数无法计算（全县该项资源为 0）"
                    : label(stage) + rule.name() + "差异系数 " + cv.cv().toPlainString() + "，高于 " + max.toPlainString()
                    + (low.isEmpty() ? "" : "；低于全县均值 " + countyValue.toPlainString() + " " + rule.unit() + " 的学校：" + String.join("、", low));
            shortfall = new Shortfall(indicator.name(), rule.name(), cv.cv(), max,
                    cv.cv() == null ? null : cv.cv().subtract(max), "", null, null, message);
        }
        Explain e = cv.explain();
        Explain explain = new Explain(e.formula(), e.inputs(), e.computation(),
                e.note() + "；标准：" + label(stage) + "差异系数 ≤ " + max.toPlainString());
        return new IndicatorResult(stage, indicator.name(), rule.name(), CreationMeasure.CV, rule.unit(), countyValue, cv.cv(), max,
                CreationComparison.AT_MOST, passed, shortfall, explain);
    }

    static CreationRowStage rowStage(SchoolRow row) {
        if (row.stage() == null) {
            return null;
        }
        try {
            return CreationRowStage.valueOf(row.stage().trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static BigDecimal totalStudents(SchoolRow row) {
        return rowStage(row) == CreationRowStage.NINE_YEAR ? nz(row.primaryStudents()).add(nz(row.juniorStudents()))
                : nz(row.students());
    }

    public static String label(CreationStage stage) {
        return switch (stage) {
            case PRIMARY -> "小学";
            case JUNIOR -> "初中";
            case PRESCHOOL -> "学前";
        };
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}

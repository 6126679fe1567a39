package io.dudao.creation.engine;

import io.dudao.creation.engine.Assessment.Check;
import io.dudao.creation.engine.Assessment.ExcludedSchool;
import io.dudao.creation.engine.Assessment.ConditionResult;
import io.dudao.creation.engine.Assessment.IndicatorResult;
import io.dudao.creation.engine.Assessment.ItemResult;
import io.dudao.creation.engine.Assessment.PartResult;
import io.dudao.creation.engine.Assessment.VetoResult;
import io.dudao.creation.engine.CountyPartsCalculator.CountyFacts;
import io.dudao.creation.engine.CreationEnums.ConditionKind;
import io.dudao.creation.engine.CreationEnums.ItemStatus;
import io.dudao.creation.engine.Assessment.SchoolResult;
import io.dudao.creation.engine.Assessment.Shortfall;
import io.dudao.creation.engine.CreationEnums.CreationKind;
import io.dudao.creation.engine.CreationEnums.CreationMeasure;
import io.dudao.creation.engine.CreationEnums.CreationStage;
import io.dudao.creation.engine.CreationEnums.CreationVerdict;
import io.dudao.creation.engine.CreationEnums.KindergartenOwnership;
import io.dudao.creation.engine.StandardContent.Indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 学前教育普及普惠 (2020 method). 普及普惠水平, county-wide: 毛入园率, 普惠性幼儿园覆盖率, 公办园在园幼儿占比
 * and the child:teacher ratio (also per kindergarten), each against the standard with the places or
 * teachers needed to close the gap. With 政府保障情况, 保教质量 and 社会认可度 ({@link CountyPartsCalculator},
 * the same three kinds of rule as 优质均衡) it makes the county verdict: every part must pass. A standard
 * without those parts (a local copy made before they were data) is judged on the rates alone.
 * Pure: no framework, no database.
 */
public final class PreschoolCalculator {

    public static final String UNIVERSAL_INCLUSIVE = "UNIVERSAL_INCLUSIVE";
    public static final String GROSS_ENROLMENT_RATE = "GROSS_ENROLMENT_RATE";
    public static final String INCLUSIVE_COVERAGE = "INCLUSIVE_COVERAGE";
    public static final String PUBLIC_ENROLMENT_SHARE = "PUBLIC_ENROLMENT_SHARE";
    public static final String CHILDREN_PER_TEACHER = "CHILDREN_PER_TEACHER";
    public static final List<String> CODES = List.of(GROSS_ENROLMENT_RATE, INCLUSIVE_COVERAGE, PUBLIC_ENROLMENT_SHARE,
            CHILDREN_PER_TEACHER);

    private PreschoolCalculator() {
    }

    public static Assessment assess(StandardContent standard, List<SchoolRow> rows, BigDecimal childPopulation, CountyFacts county) {
        List<ExcludedSchool> excluded = new ArrayList<>();
        List<SchoolRow> counted = new ArrayList<>();
        for (SchoolRow row : rows) {
            if (nz(row.children()).signum() <= 0) {
                excluded.add(new ExcludedSchool(row.schoolCode(), row.schoolName(), row.schoolOrgId(), "在园幼儿数为 0，不纳入计算"));
            } else {
                counted.add(row);
            }
        }
        BigDecimal children = BigDecimal.ZERO;
        BigDecimal publicChildren = BigDecimal.ZERO;
        BigDecimal inclusiveChildren = BigDecimal.ZERO;
        BigDecimal teachers = BigDecimal.ZERO;
        for (SchoolRow row : counted) {
            BigDecimal c = nz(row.children());
            children = children.add(c);
            teachers = teachers.add(nz(row.fullTimeTeachers()));
            KindergartenOwnership ownership = ownership(row);
            if (ownership == KindergartenOwnership.PUBLIC) {
                publicChildren = publicChildren.add(c);
            }
            if (ownership == KindergartenOwnership.PUBLIC || ownership == KindergartenOwnership.PRIVATE_INCLUSIVE) {
                inclusiveChildren = inclusiveChildren.add(c);
            }
        }

        List<IndicatorResult> indicators = new ArrayList<>();
        Optional<Indicator> grossRule = standard.indicator(GROSS_ENROLMENT_RATE);
        if (grossRule.isPresent()) {
            indicators.add(grossEnrolment(grossRule.get(), children, childPopulation));
        }
        Optional<Indicator> inclusiveRule = standard.indicator(INCLUSIVE_COVERAGE);
        if (inclusiveRule.isPresent()) {
            indicators.add(share(inclusiveRule.get(), inclusiveChildren, children,
                    "普惠性幼儿园覆盖率 = （公办园 + 普惠性民办园在园幼儿数） ÷ 在园幼儿总数 × 100%", "inclusiveChildren",
                    "需新增普惠学位", "非普惠性民办园学位认定为普惠"));
        }
        Optional<Indicator> publicRule = standard.indicator(PUBLIC_ENROLMENT_SHARE);
        if (publicRule.isPresent()) {
            indicators.add(share(publicRule.get(), publicChildren, children,
                    "公办园在园幼儿占比 = 公办园在园幼儿数 ÷ 在园幼儿总数 × 100%", "publicChildren",
                    "需新增公办园学位", "民办园学位转为公办"));
        }
        Optional<Indicator> ratioRule = standard.indicator(CHILDREN_PER_TEACHER);
        if (ratioRule.isPresent()) {
            indicators.add(countyRatio(ratioRule.get(), children, teachers));
        }

        List<SchoolResult> schools = new ArrayList<>();
        for (SchoolRow row : counted) {
            schools.add(kindergarten(row, ratioRule.filter(r -> !Boolean.FALSE.equals(r.perSchool())).orElse(null)));
        }
        int passing = (int) schools.stream().filter(SchoolResult::passed).count();
        BigDecimal ratio = schools.isEmpty() ? BigDecimal.ZERO
                : Num.round(Num.div(BigDecimal.valueOf(passing), BigDecimal.valueOf(schools.size())), 4);
        List<IndicatorResult> failing = indicators.stream().filter(i -> !i.passed()).toList();
        boolean schoolsOk = !standard.requireAllSchoolsPass() || passing == schools.size();
        boolean ratesPass = !counted.isEmpty() && !indicators.isEmpty() && failing.isEmpty() && schoolsOk;
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("children", children);
        inputs.put("childPopulation3to5", childPopulation);
        inputs.put("publicChildren", publicChildren);
        inputs.put("inclusiveChildren", inclusiveChildren);
        inputs.put("fullTimeTeachers", teachers);
        inputs.put("indicatorsFailing", failing.stream().map(IndicatorResult::name).toList());
        inputs.put("kindergartensMeetingRatio", passing);
        inputs.put("kindergartens", schools.size());
        Explain ratesExplain = new Explain("普及普惠水平达标 = 各项县级指标均达标" + (standard.requireAllSchoolsPass() ? "，且每所幼儿园生师比达标" : ""),
                inputs, "达标 " + (indicators.size() - failing.size()) + "/" + indicators.size() + " 项"
                + (failing.isEmpty() ? "" : "，未达标：" + failing.stream().map(i -> i.name() + " " + Num.s(i.value()))
                .collect(Collectors.joining("、")))
                + "；生师比达标幼儿园 " + passing + "/" + schools.size(), "百分比保留 1 位小数（四舍五入）后比较");
        PartResult rates = ratesPart(standard, indicators, counted.isEmpty(), ratesPass, ratesExplain);

        CountyPartsCalculator.Result others = CountyPartsCalculator.assess(standard, counted, county);
        if (others.parts().isEmpty() && others.vetoes().isEmpty()) {
            return new Assessment(CreationKind.INCLUSIVE_PRESCHOOL, ratesPass ? CreationVerdict.PASS : CreationVerdict.FAIL,
                    schools.size(), passing, ratio, schools, excluded, indicators, ratesExplain, List.of(rates), List.of(), null);
        }
        List<PartResult> parts = new ArrayList<>();
        parts.add(rates);
        parts.addAll(others.parts());
        boolean noVeto = others.vetoes().stream().noneMatch(VetoResult::recorded);
        boolean pass = parts.stream().allMatch(p -> p.verdict() == CreationVerdict.PASS) && noVeto;
        return new Assessment(CreationKind.INCLUSIVE_PRESCHOOL, pass ? CreationVerdict.PASS : CreationVerdict.FAIL,
                schools.size(), passing, ratio, schools, excluded, indicators, CountyPartsCalculator.countyExplain(parts, others, noVeto),
                parts, others.vetoes(), null);
    }

    /**
     * 普及普惠水平 as a part: one item per county indicator (a county figure against its threshold) and, when the
     * standard asks for it, every kindergarten's ratio. Its verdict is the indicators' verdict as it always was.
     */
    private static PartResult ratesPart(StandardContent standard, List<IndicatorResult> indicators, boolean noKindergarten,
                                        boolean pass, Explain explain) {
        String note = standard.countyRule() == null || standard.countyRule().sourceNote() == null ? "" : standard.countyRule().sourceNote();
        List<ItemResult> items = new ArrayList<>();
        for (IndicatorResult i : indicators) {
            String outcome = i.value() == null ? i.name() + "无法计算：" + i.explain().computation()
                    : i.name() + " " + Num.s(i.value()) + (i.passed() ? "，达到 " : "，未达到 ")
                    + CountyPartsCalculator.rule(i.comparison(), i.threshold(), i.unit());
            ItemStatus status = i.value() == null ? ItemStatus.MISSING : ItemStatus.of(i.passed());
            ConditionResult condition = new ConditionResult(ConditionKind.COUNTY_FIGURE, i.code(), i.name(), i.comparison(), i.threshold(),
                    i.unit(), i.value(), status, null, null, null, outcome, i.explain());
            items.add(CountyPartsCalculator.itemResult(i.code(), items.size() + 1, i.name(), note, List.of(condition)));
        }
        if (noKindergarten) {
            ConditionResult none = new ConditionResult(ConditionKind.COUNTY_FIGURE, null, "在园幼儿", null, null, null, null,
                    ItemStatus.MISSING, null, null, null, "没有在园幼儿的幼儿园", new Explain("在园幼儿数 > 0", Map.of(), "没有可评估的幼儿园", note));
            items.add(CountyPartsCalculator.itemResult("KINDERGARTENS", items.size() + 1, "有可评估的幼儿园", note, List.of(none)));
        }
        PartResult part = CountyPartsCalculator.partResult(UNIVERSAL_INCLUSIVE, "普及普惠水平", note, items);
        return new PartResult(part.code(), part.name(), part.sourceNote(), pass ? CreationVerdict.PASS : CreationVerdict.FAIL, part.items(),
                explain);
    }

    private static IndicatorResult grossEnrolment(Indicator rule, BigDecimal children, BigDecimal population) {
        BigDecimal threshold = rule.threshold(CreationStage.PRESCHOOL);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("children", children);
        inputs.put("childPopulation3to5", population);
        String formula = "学前三年毛入园率 = 在园幼儿数 ÷ 3-5 岁适龄儿童数 × 100%";
        if (population == null || population.signum() <= 0) {
            return new IndicatorResult(CreationStage.PRESCHOOL, rule.code(), rule.name(), CreationMeasure.VALUE, rule.unit(), null,
                    null, threshold, rule.comparison(), false, new Shortfall(rule.code(), rule.name(), null, threshold, null,
                    rule.unit(), null, null, "缺少 3-5 岁适龄儿童数，无法计算毛入园率"),
                    new Explain(formula, inputs, "适龄儿童数缺失或为 0", null));
        }
        BigDecimal raw = Num.div(children, population).multiply(Num.HUNDRED);
        BigDecimal value = Num.round(raw, rule.precision());
        boolean passed = rule.comparison().met(value, threshold);
        Shortfall shortfall = null;
        String gapText = "";
        if (!passed) {
            BigDecimal needed = Num.ceil(Num.div(threshold.multiply(population), Num.HUNDRED).subtract(children)).max(BigDecimal.ONE);
            shortfall = new Shortfall(rule.code(), rule.name(), value, threshold, threshold.subtract(value), rule.unit(), needed, "个",
                    "需新增学前教育学位 " + Num.grouped(needed) + " 个");
            gapText = "；缺口 = " + threshold.toPlainString() + "% × " + Num.s(population) + " − " + Num.s(children) + " → " + needed + " 个";
        }
        return new IndicatorResult(CreationStage.PRESCHOOL, rule.code(), rule.name(), CreationMeasure.VALUE, rule.unit(), value,
                null, threshold, rule.comparison(), passed, shortfall,
                new Explain(formula, inputs, Num.s(children) + " ÷ " + Num.s(population) + " × 100 = " + Num.s(raw) + " ≈ "
                        + value.toPlainString() + "%" + gapText, note(rule, threshold)));
    }

    /** A share of children (inclusive or public) with the new places — or converted places — that close the gap. */
    private static IndicatorResult share(Indicator rule, BigDecimal part, BigDecimal children, String formula, String partName,
                                         String newPhrase, String convertPhrase) {
        BigDecimal threshold = rule.threshold(CreationStage.PRESCHOOL);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put(partName, part);
        inputs.put("children", children);
        if (children.signum() <= 0) {
            return new IndicatorResult(CreationStage.PRESCHOOL, rule.code(), rule.name(), CreationMeasure.VALUE, rule.unit(), null,
                    null, threshold, rule.comparison(), false, null, new Explain(formula, inputs, "在园幼儿为 0，无法计算", null));
        }
        BigDecimal raw = Num.div(part, children).multiply(Num.HUNDRED);
        BigDecimal value = Num.round(raw, rule.precision());
        boolean passed = rule.comparison().met(value, threshold);
        Shortfall shortfall = null;
        String gapText = "";
        if (!passed) {
            BigDecimal r = Num.div(threshold, Num.HUNDRED);
            BigDecimal converted = Num.ceil(r.multiply(children).subtract(part)).max(BigDecimal.ONE);
            BigDecimal added = r.compareTo(BigDecimal.ONE) >= 0 ? null
                    : Num.ceil(Num.div(r.multiply(children).subtract(part), BigDecimal.ONE.subtract(r))).max(BigDecimal.ONE);
            String message = added == null ? "需将 " + Num.grouped(converted) + " 个" + convertPhrase
                    : newPhrase + " " + Num.grouped(added) + " 个（或将 " + Num.grouped(converted) + " 个" + convertPhrase + "）";
            shortfall = new Shortfall(rule.code(), rule.name(), value, threshold, threshold.subtract(value), rule.unit(),
                    added == null ? converted : added, "个", message);
            inputs.put("placesToAdd", added);
            inputs.put("placesToConvert", converted);
            gapText = "；新增学位 x 满足 (" + Num.s(part) + " + x) ÷ (" + Num.s(children) + " + x) ≥ " + Num.s(r)
                    + "，x = " + (added == null ? "—" : added) + "；或在总数不变时转换 " + Num.s(r) + " × " + Num.s(children)
                    + " − " + Num.s(part) + " → " + converted;
        }
        return new IndicatorResult(CreationStage.PRESCHOOL, rule.code(), rule.name(), CreationMeasure.VALUE, rule.unit(), value,
                null, threshold, rule.comparison(), passed, shortfall,
                new Explain(formula, inputs, Num.s(part) + " ÷ " + Num.s(children) + " × 100 = " + Num.s(raw) + " ≈ "
                        + value.toPlainString() + "%" + gapText, note(rule, threshold)));
    }

    private static IndicatorResult countyRatio(Indicator rule, BigDecimal children, BigDecimal teachers) {
        BigDecimal threshold = rule.threshold(CreationStage.PRESCHOOL);
        Ratio r = ratio(rule, threshold, children, teachers, "全县");
        return new IndicatorResult(CreationStage.PRESCHOOL, rule.code(), rule.name(), CreationMeasure.VALUE, rule.unit(), r.value,
                null, threshold, rule.comparison(), r.passed, r.shortfall, r.explain);
    }

    private static SchoolResult kindergarten(SchoolRow row, Indicator rule) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        List<Check> checks = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        boolean passed = true;
        String reason = "未设置幼儿园生师比指标";
        int met = 0;
        if (rule != null) {
            BigDecimal threshold = rule.threshold(CreationStage.PRESCHOOL);
            Ratio r = ratio(rule, threshold, nz(row.children()), nz(row.fullTimeTeachers()), row.schoolName());
            values.put(rule.code(), r.value);
            checks.add(new Check(rule.code(), r.value, threshold, rule.comparison(), r.passed,
                    r.value == null || r.value.signum() == 0 ? null : Num.round(Num.div(r.value, threshold).multiply(Num.HUNDRED), 1),
                    r.explain));
            passed = r.passed;
            met = r.passed ? 1 : 0;
            if (!r.passed) {
                shortfalls.add(r.shortfall);
            }
            reason = r.passed ? "生师比 " + Num.s(r.value) + " ≤ " + threshold.toPlainString()
                    : "生师比" + (r.value == null ? "无法计算（无专任教师）" : " " + r.value.toPlainString() + " 高于 " + threshold.toPlainString())
                    + "，" + r.shortfall.message();
        }
        return new SchoolResult(row.schoolCode(), row.schoolName(), row.schoolOrgId(), CreationStage.PRESCHOOL,
                nz(row.children()), null, values, met, passed, shortfalls, checks, reason);
    }

    private record Ratio(BigDecimal value, boolean passed, Shortfall shortfall, Explain explain) {
    }

    private static Ratio ratio(Indicator rule, BigDecimal threshold, BigDecimal children, BigDecimal teachers, String who) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("children", children);
        inputs.put("fullTimeTeachers", teachers);
        String formula = "生师比 = 在园幼儿数 ÷ 专任教师数（" + who + "）";
        BigDecimal value = teachers.signum() == 0 ? null : Num.round(Num.div(children, teachers), rule.precision());
        boolean passed = rule.comparison().met(value, threshold);
        Shortfall shortfall = null;
        String gapText = "";
        if (!passed) {
            BigDecimal needed = Num.ceil(Num.div(children, threshold).subtract(teachers)).max(BigDecimal.ONE);
            shortfall = new Shortfall(rule.code(), rule.name(), value, threshold, value == null ? null : value.subtract(threshold),
                    rule.unit(), needed, "人", "需增加专任教师 " + Num.grouped(needed) + " 人");
            gapText = "；需要教师 = " + Num.s(children) + " ÷ " + threshold.toPlainString() + " − " + Num.s(teachers) + " → " + needed + " 人";
        }
        String computation = value == null ? "专任教师为 0，生师比无法计算" + gapText
                : Num.s(children) + " ÷ " + Num.s(teachers) + " = " + Num.s(Num.div(children, teachers)) + " ≈ " + value.toPlainString() + gapText;
        return new Ratio(value, passed, shortfall, new Explain(formula, inputs, computation, note(rule, threshold)));
    }

    private static String note(Indicator rule, BigDecimal threshold) {
        return "标准：" + rule.comparison().symbol() + " " + threshold.toPlainString() + " " + rule.unit() + "；保留 "
                + rule.precision() + " 位小数（四舍五入）后比较";
    }

    static KindergartenOwnership ownership(SchoolRow row) {
        if (row.ownership() == null) {
            return null;
        }
        try {
            return KindergartenOwnership.valueOf(row.ownership().trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}

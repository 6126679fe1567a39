package io.dudao.creation.engine;

import io.dudao.creation.engine.Assessment.ConditionResult;
import io.dudao.creation.engine.Assessment.ItemResult;
import io.dudao.creation.engine.Assessment.PartResult;
import io.dudao.creation.engine.Assessment.SchoolFinding;
import io.dudao.creation.engine.Assessment.VetoResult;
import io.dudao.creation.engine.CountyReturn.Judgement;
import io.dudao.creation.engine.CountyReturn.Monitoring;
import io.dudao.creation.engine.CreationEnums.ConditionKind;
import io.dudao.creation.engine.CreationEnums.CreationComparison;
import io.dudao.creation.engine.CreationEnums.CreationVerdict;
import io.dudao.creation.engine.CreationEnums.ItemStatus;
import io.dudao.creation.engine.StandardContent.Condition;
import io.dudao.creation.engine.StandardContent.CountyPart;
import io.dudao.creation.engine.StandardContent.Item;
import io.dudao.creation.engine.StandardContent.Veto;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 优质均衡 beyond resource allocation: 政府保障程度, 教育质量 and 社会认可度 item by item, the one-vote
 * vetoes and the precondition. An item is met when each of its conditions is: a county figure against its
 * threshold, every (assessed) school's measure against its threshold, or the assessor's judgement. A part
 * passes when every item is met; missing data or a missing judgement is never a pass. Pure.
 */
public final class CountyPartsCalculator {

    private static final int DEFAULT_PRECISION = 2;

    private CountyPartsCalculator() {
    }

    /** What the county reported for the year, the monitoring results from wherever they come, and the year. */
    public record CountyFacts(CountyReturn data, Monitoring monitoring, int year) {
        public static CountyFacts none(int year) {
            return new CountyFacts(CountyReturn.EMPTY, new Monitoring(List.of(), null), year);
        }
    }

    public record Result(List<PartResult> parts, List<VetoResult> vetoes, ItemResult precondition) {
    }

    public static Result assess(StandardContent standard, List<SchoolRow> schools, CountyFacts facts) {
        List<PartResult> parts = standard.parts().stream().map(p -> part(p, schools, facts)).toList();
        List<VetoResult> vetoes = standard.vetoList().stream().map(v -> veto(v, facts.data())).toList();
        ItemResult precondition = standard.precondition() == null ? null : item(standard.precondition(), schools, facts);
        return new Result(parts, vetoes, precondition);
    }

    private static PartResult part(CountyPart part, List<SchoolRow> schools, CountyFacts facts) {
        return partResult(part.code(), part.name(), part.sourceNote(), part.items().stream().map(i -> item(i, schools, facts)).toList());
    }

    /** A part from its items: PASS only when every item is met; the explain lists what is not. */
    public static PartResult partResult(String code, String name, String sourceNote, List<ItemResult> items) {
        List<ItemResult> notMet = items.stream().filter(i -> i.status() == ItemStatus.NOT_MET).toList();
        List<ItemResult> missing = items.stream().filter(i -> i.status() == ItemStatus.MISSING).toList();
        boolean pass = !items.isEmpty() && notMet.isEmpty() && missing.isEmpty();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("items", items.size());
        inputs.put("met", items.size() - notMet.size() - missing.size());
        inputs.put("notMet", notMet.stream().map(CountyPartsCalculator::title).toList());
        inputs.put("missing", missing.stream().map(CountyPartsCalculator::title).toList());
        StringBuilder computation = new StringBuilder("达到 " + (items.size() - notMet.size() - missing.size()) + "/" + items.size() + " 项");
        notMet.forEach(i -> computation.append("；未达到 ").append(title(i)).append("：").append(i.reason()));
        missing.forEach(i -> computation.append("；未填报 ").append(title(i)).append("：").append(i.reason()));
        Explain explain = new Explain(name + "达标 = " + items.size() + " 项全部达到要求", inputs, computation.toString(), sourceNote);
        return new PartResult(code, name, sourceNote, pass ? CreationVerdict.PASS : CreationVerdict.FAIL, items, explain);
    }

    /** The county verdict: every part, no veto, the precondition; each named with its verdict. */
    public static Explain countyExplain(List<PartResult> parts, CountyPartsCalculator.Result others, boolean noVeto) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        parts.forEach(p -> inputs.put(p.name(), p.verdict().name()));
        List<String> vetoes = others.vetoes().stream().filter(VetoResult::recorded).map(VetoResult::name).toList();
        inputs.put("一票否决", vetoes);
        if (others.precondition() != null) {
            inputs.put("基本条件", others.precondition().status().name());
        }
        String computation = parts.stream().map(p -> p.name() + (p.verdict() == CreationVerdict.PASS ? "达标" : "未达标"))
                .collect(Collectors.joining("；"))
                + "；一票否决：" + (noVeto ? "无" : String.join("、", vetoes))
                + (others.precondition() == null ? "" : "；基本条件：" + switch (others.precondition().status()) {
                    case MET -> "满足";
                    case NOT_MET -> "不满足（" + others.precondition().reason() + "）";
                    case MISSING -> "未填报";
                });
        return new Explain("县域结论 = " + parts.stream().map(PartResult::name).collect(Collectors.joining("、"))
                + "均达标，无一票否决情形" + (others.precondition() == null ? "" : "，且满足基本条件"), inputs, computation, "各方面的计算过程见其说明");
    }

    static String title(ItemResult i) {
        return "第 " + i.number() + " 项";
    }

    private static VetoResult veto(Veto veto, CountyReturn data) {
        return data.veto(veto.code())
                .map(r -> new VetoResult(veto.code(), veto.name(), veto.sourceNote(), true, r.description(), r.evidence()))
                .orElseGet(() -> new VetoResult(veto.code(), veto.name(), veto.sourceNote(), false, null, List.of()));
    }

    static ItemResult item(Item item, List<SchoolRow> schools, CountyFacts facts) {
        List<ConditionResult> conditions = item.conditions().stream().map(c -> condition(item, c, schools, facts)).toList();
        return itemResult(item.code(), item.number(), item.name(), item.sourceNote(), conditions);
    }

    /** An item from its conditions; the reason joins the conditions that keep it from being met. */
    public static ItemResult itemResult(String code, int number, String name, String sourceNote, List<ConditionResult> conditions) {
        ItemStatus status = ItemStatus.all(conditions.stream().map(ConditionResult::status).toList());
        String reason = conditions.stream().filter(c -> status == ItemStatus.MET || c.status() == status)
                .map(ConditionResult::outcome).collect(Collectors.joining("；"));
        return new ItemResult(code, number, name, sourceNote, status, conditions, reason);
    }

    private static ConditionResult condition(Item item, Condition c, List<SchoolRow> schools, CountyFacts facts) {
        return switch (c.kind()) {
            case COUNTY_FIGURE -> figure(item, c, facts);
            case EVERY_SCHOOL -> everySchool(item, c, schools);
            case JUDGEMENT -> judgement(item, c, facts.data());
        };
    }

    private static ConditionResult figure(Item item, Condition c, CountyFacts facts) {
        CountyFigure figure = CountyFigure.byCode(c.measure()).orElseThrow(() -> new IllegalArgumentException("unknown figure " + c.measure()));
        CountyFigure.Value v = figure.compute(facts.data(), facts.monitoring(), facts.year(), precision(c));
        ItemStatus status;
        String outcome;
        if (v.vacuous()) {
            status = ItemStatus.MET;
            outcome = v.computation();
        } else if (v.value() == null) {
            status = ItemStatus.MISSING;
            outcome = figure.label + "：" + v.computation();
        } else {
            status = ItemStatus.of(c.comparison().met(v.value(), c.threshold()));
            outcome = figure.label + " " + quantity(v.value(), figure.unit) + (status == ItemStatus.MET ? "，达到 " : "，未达到 ")
                    + rule(c.comparison(), c.threshold(), figure.unit);
        }
        Explain explain = new Explain(figure.label + " " + rule(c.comparison(), c.threshold(), figure.unit), v.inputs(),
                v.computation(), note(item, c));
        return new ConditionResult(ConditionKind.COUNTY_FIGURE, figure.name(), figure.label, c.comparison(), c.threshold(), figure.unit,
                v.value(), status, null, null, null, outcome, explain);
    }

    private static ConditionResult everySchool(Item item, Condition c, List<SchoolRow> schools) {
        SchoolMeasure measure = SchoolMeasure.byCode(c.measure()).orElseThrow(() -> new IllegalArgumentException("unknown measure " + c.measure()));
        String rule = rule(c.comparison(), c.threshold(), measure.unit);
        List<SchoolFinding> findings = new ArrayList<>();
        List<Map<String, Object>> judged = new ArrayList<>();
        int applicable = 0;
        for (SchoolRow row : schools) {
            SchoolMeasure.Value v = measure.of(row, precision(c));
            if (!v.applies()) {
                continue;
            }
            applicable++;
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("school", row.schoolName());
            line.put("value", v.value());
            line.put("computation", v.computation());
            judged.add(line);
            if (v.value() == null) {
                findings.add(new SchoolFinding(row.schoolCode(), row.schoolName(), row.schoolOrgId(), null, ItemStatus.MISSING,
                        row.schoolName() + "：未填报" + v.missing()));
            } else if (!c.comparison().met(v.value(), c.threshold())) {
                findings.add(new SchoolFinding(row.schoolCode(), row.schoolName(), row.schoolOrgId(), v.value(), ItemStatus.NOT_MET,
                        row.schoolName() + "：" + measure.label + " " + quantity(v.value(), measure.unit) + "，未达到 " + rule));
            }
        }
        ItemStatus status = schools.isEmpty() ? ItemStatus.MISSING
                : ItemStatus.all(findings.stream().map(SchoolFinding::status).toList());
        List<SchoolFinding> shown = findings.stream().filter(f -> f.status() == status).toList();
        String outcome;
        if (schools.isEmpty()) {
            outcome = "没有参评学校";
        } else if (status == ItemStatus.MET) {
            outcome = applicable == 0 ? "没有适用的学校" : measure.label + "：" + applicable + " 所学校均达到 " + rule;
        } else {
            outcome = measure.label + "：" + shown.size() + " 所学校" + (status == ItemStatus.MISSING ? "未填报" : "未达到 " + rule) + "（"
                    + shown.stream().map(SchoolFinding::message).collect(Collectors.joining("；")) + "）";
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("schoolsJudged", applicable);
        inputs.put("schools", judged);
        Explain explain = new Explain("每所学校 " + measure.label + " " + rule, inputs, outcome,
                note(item, c) + "；不纳入计算的教学点不参与");
        return new ConditionResult(ConditionKind.EVERY_SCHOOL, measure.name(), measure.label, c.comparison(), c.threshold(), measure.unit,
                null, status, findings, applicable, null, outcome, explain);
    }

    private static ConditionResult judgement(Item item, Condition c, CountyReturn data) {
        Judgement j = data.judgement(item.code()).orElse(null);
        ItemStatus status = j == null || j.met() == null ? ItemStatus.MISSING : ItemStatus.of(j.met());
        String outcome = switch (status) {
            case MISSING -> "尚未评定";
            case MET -> "评定为达到：" + j.basis();
            case NOT_MET -> "评定为未达到：" + j.basis();
        };
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("met", j == null ? null : j.met());
        inputs.put("basis", j == null ? null : j.basis());
        inputs.put("attachmentIds", j == null ? List.of() : j.evidence());
        String what = c.note() == null || c.note().isBlank() ? item.name() : c.note();
        return new ConditionResult(ConditionKind.JUDGEMENT, null, what, null, null, null, null, status, null, null, j, outcome,
                new Explain("评估人员依据佐证材料评定：" + what, inputs, outcome, "来源：" + item.sourceNote()));
    }

    private static String note(Item item, Condition c) {
        return "来源：" + item.sourceNote() + (c.note() == null || c.note().isBlank() ? "" : "；" + c.note());
    }

    private static int precision(Condition c) {
        return c.precision() == null ? DEFAULT_PRECISION : c.precision();
    }

    /** "≥ 10%", "≤ 45 人", "< 0.15". */
    public static String rule(CreationComparison comparison, BigDecimal threshold, String unit) {
        return comparison.symbol() + " " + quantity(threshold, unit);
    }

    static String quantity(BigDecimal v, String unit) {
        if (unit == null || unit.isEmpty()) {
            return Num.s(v);
        }
        return Num.s(v) + ("%".equals(unit) ? "%" : " " + unit);
    }
}

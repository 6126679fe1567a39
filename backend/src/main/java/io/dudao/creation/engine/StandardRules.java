package io.dudao.creation.engine;

import io.dudao.common.error.FieldError;
import io.dudao.creation.engine.CreationEnums.ConditionKind;
import io.dudao.creation.engine.StandardContent.Condition;
import io.dudao.creation.engine.StandardContent.CountyPart;
import io.dudao.creation.engine.StandardContent.Item;
import io.dudao.creation.engine.StandardContent.Veto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A local standard is a copy of a national (or provincial) one that may only be tightened: higher
 * minimums, lower maximums and CV limits, a stricter school rule, fewer exclusions, stricter item
 * thresholds — and it may add items and vetoes, but never drop a rule of the method (every school
 * passing, the CV limits, any item, veto or the precondition). Pure.
 */
public final class StandardRules {

    private StandardRules() {
    }

    public record IndicatorOverride(String code, List<Threshold> thresholds) {
    }

    public record Overrides(List<IndicatorOverride> indicators, SchoolRule schoolRule, List<Threshold> cvThresholds,
                            Exclusions exclusions, CountyRule countyRule, List<ConditionOverride> conditions, List<AddedItem> addedItems,
                            List<Veto> addedVetoes) {

        public Overrides(List<IndicatorOverride> indicators, SchoolRule schoolRule, List<Threshold> cvThresholds, Exclusions exclusions,
                         CountyRule countyRule) {
            this(indicators, schoolRule, cvThresholds, exclusions, countyRule, null, null, null);
        }
    }

    /** A stricter threshold for one figure or school condition of an item. */
    @Schema(name = "CreationConditionOverride", description = "A stricter threshold for one condition of an item")
    public record ConditionOverride(
            @Schema(required = true, description = "e.g. GOV_05") String itemCode,
            @Schema(required = true, description = "The condition's measure, e.g. CLASS_SIZE_PRIMARY") String measure,
            @Schema(required = true) BigDecimal threshold) {
    }

    /** An item a local standard adds to a part. */
    @Schema(name = "CreationAddedItem", description = "An item a local standard adds to one of the parts")
    public record AddedItem(
            @Schema(required = true, description = "GOVERNMENT_SUPPORT | EDUCATION_QUALITY | SOCIAL_RECOGNITION") String partCode,
            @Schema(required = true, description = "Upper-case letters, digits and _, unique in the set") String code,
            @Schema(required = true) String name,
            @Schema(required = true) String sourceNote,
            @Schema(required = true) List<Condition> conditions) {
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
                    errors.add(new FieldError(tAt + ".value", "只能收紧标准：不得" + (current.comparison().isMinimum()
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
            if (base.schoolRule() != null && !o.countyRule().requireAllSchoolsPass()) {
                errors.add(new FieldError("countyRule.requireAllSchoolsPass",
                        "评估办法要求每所学校达标且差异系数达标，地方标准只能增加要求，不能去掉这一条"));
            } else {
                countyRule = new CountyRule(o.countyRule().requireAllSchoolsPass(),
                        base.countyRule() == null ? null : base.countyRule().sourceNote());
            }
        }
        List<CountyPart> parts = conditions(base.parts(), o.conditions(), errors);
        parts = addItems(parts, base, o.addedItems(), errors);
        List<Veto> vetoes = addVetoes(base.vetoList(), o.addedVetoes(), errors);
        StandardContent content = new StandardContent(List.copyOf(indicators.values()), schoolRule, cvRule, exclusions, countyRule,
                base.countyParts() == null ? null : parts, base.vetoes() == null && vetoes.isEmpty() ? null : vetoes, base.precondition());
        return new Result(content, errors);
    }

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private static List<CountyPart> conditions(List<CountyPart> parts, List<ConditionOverride> overrides, List<FieldError> errors) {
        List<CountyPart> out = new ArrayList<>(parts);
        List<ConditionOverride> list = overrides == null ? List.of() : overrides;
        for (int i = 0; i < list.size(); i++) {
            ConditionOverride ov = list.get(i);
            String at = "conditions[" + i + "]";
            int[] where = ov == null ? null : find(out, ov.itemCode(), ov.measure());
            if (where == null) {
                errors.add(new FieldError(at + ".measure", "所依据标准中没有该项的这个条件"));
                continue;
            }
            CountyPart part = out.get(where[0]);
            Item item = part.items().get(where[1]);
            Condition old = item.conditions().get(where[2]);
            if (ov.threshold() == null || ov.threshold().signum() < 0) {
                errors.add(new FieldError(at + ".threshold", "阈值必须是非负数"));
            } else if (!asStrict(old.comparison(), ov.threshold(), old.threshold())) {
                errors.add(new FieldError(at + ".threshold", "只能收紧标准：不得" + (old.comparison().isMinimum() ? "低于" : "高于")
                        + "所依据标准的 " + old.threshold().toPlainString()));
            } else {
                List<Condition> conditions = new ArrayList<>(item.conditions());
                conditions.set(where[2], new Condition(old.kind(), old.measure(), old.comparison(), ov.threshold(), old.precision(), old.note()));
                List<Item> items = new ArrayList<>(part.items());
                items.set(where[1], new Item(item.code(), item.number(), item.name(), item.sourceNote(), conditions));
                out.set(where[0], new CountyPart(part.code(), part.name(), part.sourceNote(), items));
            }
        }
        return out;
    }

    /** Part, item and condition index of an item's condition on a measure, or null. */
    private static int[] find(List<CountyPart> parts, String itemCode, String measure) {
        for (int p = 0; p < parts.size(); p++) {
            List<Item> items = parts.get(p).items();
            for (int i = 0; i < items.size(); i++) {
                List<Condition> conditions = items.get(i).conditions();
                for (int c = 0; c < conditions.size(); c++) {
                    if (items.get(i).code().equals(itemCode) && conditions.get(c).kind() != ConditionKind.JUDGEMENT
                            && conditions.get(c).measure().equals(measure)) {
                        return new int[]{p, i, c};
                    }
                }
            }
        }
        return null;
    }

    private static List<CountyPart> addItems(List<CountyPart> parts, StandardContent base, List<AddedItem> added, List<FieldError> errors) {
        List<CountyPart> out = new ArrayList<>(parts);
        List<AddedItem> list = added == null ? List.of() : added;
        Set<String> codes = new HashSet<>();
        base.allItems().forEach(i -> codes.add(i.code()));
        for (int i = 0; i < list.size(); i++) {
            AddedItem a = list.get(i);
            String at = "addedItems[" + i + "]";
            if (a == null) {
                errors.add(new FieldError(at, "不能为空"));
                continue;
            }
            int part = -1;
            for (int p = 0; p < out.size(); p++) {
                if (out.get(p).code().equals(a.partCode())) {
                    part = p;
                }
            }
            int before = errors.size();
            if (part < 0) {
                errors.add(new FieldError(at + ".partCode", "所依据标准没有这一方面，可选：" + String.join("、", out.stream().map(CountyPart::code).toList())));
            }
            if (a.code() == null || !CODE.matcher(a.code()).matches()) {
                errors.add(new FieldError(at + ".code", "代码须以大写字母开头，由大写字母、数字和 _ 组成，不超过 40 个字符"));
            } else if (!codes.add(a.code())) {
                errors.add(new FieldError(at + ".code", "代码 " + a.code() + " 已存在"));
            }
            text(a.name(), at + ".name", 300, errors);
            text(a.sourceNote(), at + ".sourceNote", 500, errors);
            List<Condition> conditions = a.conditions() == null ? List.of() : a.conditions();
            if (conditions.isEmpty() || conditions.size() > 5) {
                errors.add(new FieldError(at + ".conditions", "须有 1 到 5 个条件"));
            }
            for (int c = 0; c < conditions.size(); c++) {
                condition(conditions.get(c), at + ".conditions[" + c + "]", errors);
            }
            if (errors.size() == before) {
                CountyPart p = out.get(part);
                List<Item> items = new ArrayList<>(p.items());
                items.add(new Item(a.code(), items.size() + 1, a.name().strip(), a.sourceNote().strip(), List.copyOf(conditions)));
                out.set(part, new CountyPart(p.code(), p.name(), p.sourceNote(), items));
            }
        }
        return out;
    }

    private static void condition(Condition c, String at, List<FieldError> errors) {
        if (c == null || c.kind() == null) {
            errors.add(new FieldError(at + ".kind", "请指定条件类型：COUNTY_FIGURE、EVERY_SCHOOL 或 JUDGEMENT"));
            return;
        }
        if (c.kind() == ConditionKind.JUDGEMENT) {
            if (c.note() != null && c.note().length() > 300) {
                errors.add(new FieldError(at + ".note", "不能超过 300 个字符"));
            }
            return;
        }
        boolean known = c.kind() == ConditionKind.COUNTY_FIGURE ? CountyFigure.byCode(c.measure()).isPresent()
                : SchoolMeasure.byCode(c.measure()).isPresent();
        if (!known) {
            errors.add(new FieldError(at + ".measure", "未知的" + (c.kind() == ConditionKind.COUNTY_FIGURE ? "县级数据指标" : "学校数据指标")));
        }
        if (c.comparison() == null) {
            errors.add(new FieldError(at + ".comparison", "请指定比较方式"));
        }
        if (c.threshold() == null || c.threshold().signum() < 0 || c.threshold().compareTo(RowValidator.MAX_VALUE) > 0) {
            errors.add(new FieldError(at + ".threshold", "阈值必须是非负数"));
        }
        if (c.precision() != null && (c.precision() < 0 || c.precision() > RowValidator.MAX_DECIMALS)) {
            errors.add(new FieldError(at + ".precision", "小数位数须在 0 到 " + RowValidator.MAX_DECIMALS + " 之间"));
        }
    }

    private static List<Veto> addVetoes(List<Veto> base, List<Veto> added, List<FieldError> errors) {
        List<Veto> out = new ArrayList<>(base);
        List<Veto> list = added == null ? List.of() : added;
        Set<String> codes = new HashSet<>();
        base.forEach(v -> codes.add(v.code()));
        for (int i = 0; i < list.size(); i++) {
            Veto v = list.get(i);
            String at = "addedVetoes[" + i + "]";
            if (v == null) {
                errors.add(new FieldError(at, "不能为空"));
                continue;
            }
            int before = errors.size();
            if (v.code() == null || !CODE.matcher(v.code()).matches()) {
                errors.add(new FieldError(at + ".code", "代码须以大写字母开头，由大写字母、数字和 _ 组成，不超过 40 个字符"));
            } else if (!codes.add(v.code())) {
                errors.add(new FieldError(at + ".code", "代码 " + v.code() + " 已存在"));
            }
            text(v.name(), at + ".name", 300, errors);
            text(v.sourceNote(), at + ".sourceNote", 500, errors);
            if (errors.size() == before) {
                out.add(new Veto(v.code(), v.name().strip(), v.sourceNote().strip()));
            }
        }
        return out;
    }

    private static void text(String s, String field, int max, List<FieldError> errors) {
        if (s == null || s.isBlank()) {
            errors.add(new FieldError(field, "不能为空"));
        } else if (s.strip().length() > max) {
            errors.add(new FieldError(field, "不能超过 " + max + " 个字符"));
        }
    }

    /**
     * A stored 优质均衡 set made before the method's other parts were data, or one that dropped the school
     * rule: completed with the parts, vetoes and precondition of the national set and the method's school rule.
     * Returns the same content when nothing is missing.
     */
    public static StandardContent completedFrom(StandardContent stored, StandardContent national) {
        boolean complete = stored.countyParts() != null && stored.vetoes() != null && stored.precondition() != null
                && stored.requireAllSchoolsPass();
        if (complete) {
            return stored;
        }
        CountyRule rule = new CountyRule(true, stored.countyRule() != null && stored.countyRule().sourceNote() != null
                ? stored.countyRule().sourceNote() : national.countyRule().sourceNote());
        return stored.withCountyRule(rule).withCountyRules(
                stored.countyParts() != null ? stored.countyParts() : national.countyParts(),
                stored.vetoes() != null ? stored.vetoes() : national.vetoes(),
                stored.precondition() != null ? stored.precondition() : national.precondition());
    }

    /** 普及普惠 (2020 method): the parts beside 普及普惠水平. */
    public static final List<String> PRESCHOOL_PARTS = List.of("GOVERNMENT_SUPPORT", "CARE_QUALITY", "SOCIAL_RECOGNITION");

    private static void requireParts(StandardContent content, List<String> codes, List<String> problems) {
        for (String part : codes) {
            if (content.parts().stream().noneMatch(p -> p.code().equals(part) && !p.items().isEmpty())) {
                problems.add("missing part " + part);
            }
        }
    }

    /** A local 普及普惠 set made before the method's other parts were data: completed with the national set's parts. */
    public static StandardContent completedPreschoolFrom(StandardContent stored, StandardContent national) {
        if (stored.countyParts() != null) {
            return stored;
        }
        return stored.withCountyRules(national.countyParts(), national.vetoes(), null);
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
            if (!content.requireAllSchoolsPass()) {
                problems.add("the method requires every school to pass: countyRule.requireAllSchoolsPass must be true");
            }
            requireParts(content, List.of("GOVERNMENT_SUPPORT", "EDUCATION_QUALITY", "SOCIAL_RECOGNITION"), problems);
            if (content.vetoList().isEmpty() || content.precondition() == null) {
                problems.add("vetoes and the precondition are required");
            }
        } else {
            for (String code : PreschoolCalculator.CODES) {
                var rule = content.indicator(code);
                if (rule.isEmpty() || rule.get().thresholdFor(CreationStage.PRESCHOOL).isEmpty()) {
                    problems.add("missing PRESCHOOL threshold of " + code);
                }
            }
            requireParts(content, PRESCHOOL_PARTS, problems);
        }
        for (Item item : content.allItems()) {
            List<FieldError> errors = new ArrayList<>();
            item.conditions().forEach(c -> condition(c, item.code(), errors));
            if (item.conditions().isEmpty()) {
                problems.add(item.code() + " has no condition");
            }
            errors.forEach(e -> problems.add(e.field() + " " + e.message()));
        }
        return problems;
    }

    private static boolean asStrict(CreationComparison comparison, BigDecimal wanted, BigDecimal base) {
        return comparison.isMinimum() ? wanted.compareTo(base) >= 0 : wanted.compareTo(base) <= 0;
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

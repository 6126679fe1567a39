package io.dudao.creation.engine;

import io.dudao.creation.engine.CountyReturn.Monitoring;
import io.dudao.creation.engine.CountyReturn.MonitoringSubject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.dudao.creation.engine.CountyInput.BASIC_BALANCE_RECOGNISED_YEAR;
import static io.dudao.creation.engine.CountyInput.CERTIFIED_TEACHERS;
import static io.dudao.creation.engine.CountyInput.CIVIL_SERVANT_AVERAGE_SALARY_YUAN;
import static io.dudao.creation.engine.CountyInput.COMMUNITY_KINDERGARTENS;
import static io.dudao.creation.engine.CountyInput.COMMUNITY_KINDERGARTENS_INCLUSIVE;
import static io.dudao.creation.engine.CountyInput.KINDERGARTEN_CERTIFIED_TEACHERS;
import static io.dudao.creation.engine.CountyInput.KINDERGARTEN_TEACHERS;
import static io.dudao.creation.engine.CountyInput.TOWNSHIPS;
import static io.dudao.creation.engine.CountyInput.TOWNSHIPS_WITH_PUBLIC_CENTRE;
import static io.dudao.creation.engine.CountyInput.DISABLED_CHILDREN;
import static io.dudao.creation.engine.CountyInput.DISABLED_CHILDREN_ENROLLED;
import static io.dudao.creation.engine.CountyInput.ELIGIBLE_MIGRANT_CHILDREN;
import static io.dudao.creation.engine.CountyInput.FULL_TIME_TEACHERS;
import static io.dudao.creation.engine.CountyInput.JUNIOR_COHORT_ENTERED;
import static io.dudao.creation.engine.CountyInput.JUNIOR_COHORT_RETAINED;
import static io.dudao.creation.engine.CountyInput.MIGRANT_CHILDREN_PUBLIC;
import static io.dudao.creation.engine.CountyInput.QUALITY_HIGH_SCHOOL_PLACES;
import static io.dudao.creation.engine.CountyInput.QUOTA_PLACES;
import static io.dudao.creation.engine.CountyInput.ROTATED_BACKBONE_TEACHERS;
import static io.dudao.creation.engine.CountyInput.ROTATED_TEACHERS;
import static io.dudao.creation.engine.CountyInput.ROTATION_ELIGIBLE_TEACHERS;
import static io.dudao.creation.engine.CountyInput.SPECIAL_SCHOOL_FUNDS_PER_PUPIL_YUAN;
import static io.dudao.creation.engine.CountyInput.SURVEY_APPROVING;
import static io.dudao.creation.engine.CountyInput.SURVEY_RESPONDENTS;
import static io.dudao.creation.engine.CountyInput.TEACHERS_COMPLETED_360_HOURS;
import static io.dudao.creation.engine.CountyInput.TEACHERS_DUE_360_HOURS;
import static io.dudao.creation.engine.CountyInput.TEACHER_AVERAGE_SALARY_YUAN;
import static io.dudao.creation.engine.CountyInput.URBAN_JUNIOR_ENTRANTS;
import static io.dudao.creation.engine.CountyInput.URBAN_JUNIOR_NEARBY;
import static io.dudao.creation.engine.CountyInput.URBAN_PRIMARY_ENTRANTS;
import static io.dudao.creation.engine.CountyInput.URBAN_PRIMARY_NEARBY;

/**
 * How each county figure of the items (优质均衡 and 普及普惠) is computed from the county's inputs (the thresholds
 * come from the standard): a number entered as it is, a rate = part ÷ whole × 100, a ratio that may
 * pass 100%, the monitoring results' lowest level and highest difference rate, or years since a year.
 */
public enum CountyFigure {
    SPECIAL_SCHOOL_FUNDS_PER_PUPIL("特殊教育学校生均公用经费", "元", Shape.DIRECT, SPECIAL_SCHOOL_FUNDS_PER_PUPIL_YUAN, null),
    TEACHER_SALARY_RATIO("教师平均工资收入为当地公务员平均工资收入的", "%", Shape.RATIO, TEACHER_AVERAGE_SALARY_YUAN,
            CIVIL_SERVANT_AVERAGE_SALARY_YUAN),
    TRAINING_360_COMPLETION("教师 5 年 360 学时培训完成率", "%", Shape.RATE, TEACHERS_COMPLETED_360_HOURS, TEACHERS_DUE_360_HOURS),
    ROTATION_RATE("交流轮岗教师占符合交流条件教师的比例", "%", Shape.RATE, ROTATED_TEACHERS, ROTATION_ELIGIBLE_TEACHERS),
    BACKBONE_ROTATION_SHARE("骨干教师占交流轮岗教师的比例", "%", Shape.RATE, ROTATED_BACKBONE_TEACHERS, ROTATED_TEACHERS),
    CERTIFIED_TEACHER_RATE("专任教师持证上岗率", "%", Shape.RATE, CERTIFIED_TEACHERS, FULL_TIME_TEACHERS),
    NEARBY_ENROLMENT_PRIMARY("城区和镇区公办小学就近入学比例", "%", Shape.RATE, URBAN_PRIMARY_NEARBY, URBAN_PRIMARY_ENTRANTS),
    NEARBY_ENROLMENT_JUNIOR("城区和镇区公办初中就近入学比例", "%", Shape.RATE, URBAN_JUNIOR_NEARBY, URBAN_JUNIOR_ENTRANTS),
    QUOTA_PLACES_SHARE("优质高中招生名额分配比例", "%", Shape.RATE, QUOTA_PLACES, QUALITY_HIGH_SCHOOL_PLACES),
    MIGRANT_CHILDREN_PUBLIC_SHARE("随迁子女在公办学校和政府购买服务的民办学校就读比例", "%", Shape.RATE, MIGRANT_CHILDREN_PUBLIC,
            ELIGIBLE_MIGRANT_CHILDREN),
    JUNIOR_RETENTION_RATE("初中三年巩固率", "%", Shape.RATE, JUNIOR_COHORT_RETAINED, JUNIOR_COHORT_ENTERED),
    DISABLED_ENROLMENT_RATE("残疾儿童少年入学率", "%", Shape.RATE, DISABLED_CHILDREN_ENROLLED, DISABLED_CHILDREN),
    SOCIAL_RECOGNITION_RATE("社会认可度", "%", Shape.SURVEY_RATE, SURVEY_APPROVING, SURVEY_RESPONDENTS),
    MONITORING_LOWEST_LEVEL("质量监测各科目学业水平（最低）", "级", Shape.MONITORING_LOWEST_LEVEL, null, null),
    MONITORING_HIGHEST_DIFFERENCE_RATE("质量监测各科目校际差异率（最高）", "", Shape.MONITORING_HIGHEST_DIFFERENCE, null, null),
    YEARS_SINCE_BASIC_BALANCE("通过国家基本均衡发展认定以来的年数", "年", Shape.YEARS_SINCE, BASIC_BALANCE_RECOGNISED_YEAR, null),
    TOWNSHIP_PUBLIC_CENTRE_RATE("有公办中心幼儿园的乡镇比例", "%", Shape.RATE, TOWNSHIPS_WITH_PUBLIC_CENTRE, TOWNSHIPS),
    COMMUNITY_KINDERGARTEN_INCLUSIVE_RATE("小区配套幼儿园办成公办园或普惠性民办园的比例", "%", Shape.RATE, COMMUNITY_KINDERGARTENS_INCLUSIVE,
            COMMUNITY_KINDERGARTENS),
    KINDERGARTEN_CERTIFIED_TEACHER_RATE("幼儿园专任教师持证上岗率", "%", Shape.RATE, KINDERGARTEN_CERTIFIED_TEACHERS, KINDERGARTEN_TEACHERS);

    /**
     * DIRECT: the input itself. RATE: part ÷ whole × 100, never above 100% (nothing to count, 0 ÷ 0, is met).
     * SURVEY_RATE: a rate that needs a survey (0 respondents is missing data). RATIO: a ÷ b × 100, may pass 100%.
     */
    enum Shape {
        DIRECT, RATE, SURVEY_RATE, RATIO, MONITORING_LOWEST_LEVEL, MONITORING_HIGHEST_DIFFERENCE, YEARS_SINCE
    }

    /** The figure for a county and year: value null when inputs are missing (named); vacuous when there was nothing to count. */
    public record Value(BigDecimal value, List<String> missing, boolean vacuous, Map<String, Object> inputs, String computation) {
    }

    public final String label;
    public final String unit;
    private final Shape shape;
    private final CountyInput part;
    private final CountyInput whole;

    CountyFigure(String label, String unit, Shape shape, CountyInput part, CountyInput whole) {
        this.label = label;
        this.unit = unit;
        this.shape = shape;
        this.part = part;
        this.whole = whole;
    }

    public static Optional<CountyFigure> byCode(String code) {
        for (CountyFigure f : values()) {
            if (f.name().equals(code)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The inputs the figure is computed from (none for the monitoring figures). */
    public List<CountyInput> inputs() {
        List<CountyInput> out = new ArrayList<>();
        if (part != null) {
            out.add(part);
        }
        if (whole != null) {
            out.add(whole);
        }
        return out;
    }

    public boolean usesMonitoring() {
        return shape == Shape.MONITORING_LOWEST_LEVEL || shape == Shape.MONITORING_HIGHEST_DIFFERENCE;
    }

    /** A rate whose part can never exceed its whole: the part and the whole, for the validator. */
    public Optional<CountyInput[]> cappedPair() {
        return shape == Shape.RATE || shape == Shape.SURVEY_RATE ? Optional.of(new CountyInput[]{part, whole}) : Optional.empty();
    }

    public Value compute(CountyReturn data, Monitoring monitoring, int year, int precision) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (CountyInput i : inputs()) {
            BigDecimal v = data.input(i);
            inputs.put(i.key, v);
            if (v == null) {
                missing.add(i.label);
            }
        }
        return switch (shape) {
            case DIRECT -> missing.isEmpty()
                    ? new Value(Num.round(data.input(part), precision), missing, false, inputs, label + " = " + Num.s(data.input(part)) + " " + unit)
                    : new Value(null, missing, false, inputs, "未填报：" + String.join("、", missing));
            case RATE, SURVEY_RATE, RATIO -> fraction(data, inputs, missing, precision);
            case YEARS_SINCE -> {
                if (!missing.isEmpty()) {
                    yield new Value(null, missing, false, inputs, "未填报：" + String.join("、", missing));
                }
                BigDecimal years = BigDecimal.valueOf(year).subtract(data.input(part));
                inputs.put("year", year);
                yield new Value(years, missing, false, inputs, year + " − " + Num.s(data.input(part)) + " = " + Num.s(years) + " 年");
            }
            case MONITORING_LOWEST_LEVEL, MONITORING_HIGHEST_DIFFERENCE -> monitoring(monitoring, inputs, precision);
        };
    }

    private Value fraction(CountyReturn data, Map<String, Object> inputs, List<String> missing, int precision) {
        if (!missing.isEmpty()) {
            return new Value(null, missing, false, inputs, "未填报：" + String.join("、", missing));
        }
        BigDecimal a = data.input(part);
        BigDecimal b = data.input(whole);
        if (b.signum() == 0) {
            if (shape == Shape.RATE && a.signum() == 0) {
                return new Value(null, missing, true, inputs, whole.label + "为 0：没有需要计算的对象，视为达到要求");
            }
            return new Value(null, List.of(whole.label + "（不能为 0）"), false, inputs, whole.label + "为 0，无法计算");
        }
        BigDecimal raw = Num.div(a, b).multiply(Num.HUNDRED, Num.MC);
        BigDecimal value = Num.round(raw, precision);
        return new Value(value, missing, false, inputs, Num.s(a) + " ÷ " + Num.s(b) + " × 100% = " + Num.s(raw) + "% ≈ "
                + value.toPlainString() + "%");
    }

    private Value monitoring(Monitoring monitoring, Map<String, Object> inputs, int precision) {
        List<MonitoringSubject> subjects = monitoring == null ? List.of() : monitoring.subjects();
        inputs.put("source", monitoring == null ? null : monitoring.source());
        inputs.put("subjects", subjects.stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("subject", s.subject());
            m.put("level", s.level());
            m.put("differenceRate", s.differenceRate());
            return m;
        }).toList());
        if (subjects.isEmpty()) {
            return new Value(null, List.of("质量监测结果"), false, inputs, "未填报质量监测结果");
        }
        boolean lowest = shape == Shape.MONITORING_LOWEST_LEVEL;
        Comparator<MonitoringSubject> order = lowest ? Comparator.comparing(MonitoringSubject::level)
                : Comparator.comparing(MonitoringSubject::differenceRate).reversed();
        MonitoringSubject worst = subjects.stream().min(order).orElseThrow();
        BigDecimal value = lowest ? worst.level() : Num.round(worst.differenceRate(), precision);
        String all = String.join("、", subjects.stream().map(s -> s.subject() + " " + (lowest ? roman(s.level()) : Num.s(s.differenceRate())))
                .toList());
        return new Value(value, List.of(), false, inputs, (lowest ? "最低学业水平" : "最高校际差异率") + "：" + worst.subject() + " "
                + (lowest ? roman(worst.level()) : value.toPlainString()) + "（" + all + "）");
    }

    /** Level 3 → Ⅲ. */
    public static String roman(BigDecimal level) {
        return switch (level.intValue()) {
            case 1 -> "Ⅰ级";
            case 2 -> "Ⅱ级";
            case 3 -> "Ⅲ级";
            case 4 -> "Ⅳ级";
            default -> Num.s(level) + " 级";
        };
    }
}

package io.dudao.creation.engine;

import io.dudao.creation.engine.CreationEnums.CreationRowStage;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How each per-school measure of the every-school rules is read from a school's row (the thresholds
 * come from the standard): school size, the largest class of each stage, music and art rooms per 12
 * classes and the smallest room's area, the share of public funds spent on teacher training, and (普及普惠)
 * each kindergarten's children per full-time teacher.
 */
public enum SchoolMeasure {
    SCHOOL_SIZE("学校规模", "人", Set.of(CreationRowStage.PRIMARY, CreationRowStage.JUNIOR)),
    NINE_YEAR_SCHOOL_SIZE("九年一贯制学校义务教育阶段规模", "人", Set.of(CreationRowStage.NINE_YEAR)),
    CLASS_SIZE_PRIMARY("小学最大班额", "人", Set.of(CreationRowStage.PRIMARY, CreationRowStage.NINE_YEAR)),
    CLASS_SIZE_JUNIOR("初中最大班额", "人", Set.of(CreationRowStage.JUNIOR, CreationRowStage.NINE_YEAR)),
    MUSIC_ROOMS_PER_12_CLASSES("每 12 个班级音乐专用教室数", "间", Set.of(CreationRowStage.values())),
    MUSIC_ROOM_AREA("音乐专用教室面积（最小一间）", "㎡", Set.of(CreationRowStage.values())),
    ART_ROOMS_PER_12_CLASSES("每 12 个班级美术专用教室数", "间", Set.of(CreationRowStage.values())),
    ART_ROOM_AREA("美术专用教室面积（最小一间）", "㎡", Set.of(CreationRowStage.values())),
    TRAINING_FUNDS_SHARE("教师培训经费占年度公用经费预算的比例", "%", Set.of(CreationRowStage.values())),
    /** Kindergarten rows (no compulsory stage): children per full-time teacher. */
    KINDERGARTEN_CHILDREN_PER_TEACHER("幼儿园生师比（在园幼儿数 ÷ 专任教师数）", "人", Set.of());

    static final BigDecimal CLASSES_PER_ROOM = BigDecimal.valueOf(12);

    /** A school's value (null when its data is missing, with the field named), or not applicable to it. */
    public record Value(boolean applies, BigDecimal value, String missing, Map<String, Object> inputs, String computation) {
        static Value notApplicable() {
            return new Value(false, null, null, Map.of(), "");
        }
    }

    public final String label;
    public final String unit;
    private final Set<CreationRowStage> stages;

    SchoolMeasure(String label, String unit, Set<CreationRowStage> stages) {
        this.label = label;
        this.unit = unit;
        this.stages = stages;
    }

    public static Optional<SchoolMeasure> byCode(String code) {
        for (SchoolMeasure m : values()) {
            if (m.name().equals(code)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    public Value of(SchoolRow row, int precision) {
        CreationRowStage stage = BalancedCompulsoryCalculator.rowStage(row);
        if (this == KINDERGARTEN_CHILDREN_PER_TEACHER) {
            return stage == null && row.children() != null ? childrenPerTeacher(row, precision) : Value.notApplicable();
        }
        if (stage == null || !stages.contains(stage)) {
            return Value.notApplicable();
        }
        return switch (this) {
            case SCHOOL_SIZE, NINE_YEAR_SCHOOL_SIZE -> {
                BigDecimal students = BalancedCompulsoryCalculator.totalStudents(row);
                yield direct("students", students, "在校生数");
            }
            case CLASS_SIZE_PRIMARY -> direct("maxClassSizePrimary", row.maxClassSizePrimary(), "小学最大班额");
            case CLASS_SIZE_JUNIOR -> direct("maxClassSizeJunior", row.maxClassSizeJunior(), "初中最大班额");
            case MUSIC_ROOMS_PER_12_CLASSES -> roomsPer12("musicRooms", row.musicRooms(), "音乐专用教室数", row.classes(), precision);
            case ART_ROOMS_PER_12_CLASSES -> roomsPer12("artRooms", row.artRooms(), "美术专用教室数", row.classes(), precision);
            case MUSIC_ROOM_AREA -> roomArea("musicRoomMinAreaM2", row.musicRoomMinAreaM2(), "音乐专用教室面积", row.musicRooms());
            case ART_ROOM_AREA -> roomArea("artRoomMinAreaM2", row.artRoomMinAreaM2(), "美术专用教室面积", row.artRooms());
            case TRAINING_FUNDS_SHARE -> trainingShare(row, precision);
            case KINDERGARTEN_CHILDREN_PER_TEACHER -> Value.notApplicable();
        };
    }

    private Value direct(String field, BigDecimal v, String name) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put(field, v);
        return v == null ? new Value(true, null, name, inputs, "未填报" + name)
                : new Value(true, v, null, inputs, name + " = " + Num.s(v) + " " + unit);
    }

    private Value roomsPer12(String field, BigDecimal rooms, String name, BigDecimal classes, int precision) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put(field, rooms);
        inputs.put("classes", classes);
        if (rooms == null || classes == null || classes.signum() == 0) {
            String what = rooms == null ? name : "班级数";
            return new Value(true, null, what, inputs, "未填报" + what);
        }
        BigDecimal raw = Num.div(rooms.multiply(CLASSES_PER_ROOM), classes);
        BigDecimal value = Num.round(raw, precision);
        return new Value(true, value, null, inputs, Num.s(rooms) + " 间 × 12 ÷ " + Num.s(classes) + " 个班 = " + Num.s(raw) + " ≈ "
                + value.toPlainString() + " 间");
    }

    /** A school without such a room fails the rooms rule already; its area is not judged. */
    private Value roomArea(String field, BigDecimal area, String name, BigDecimal rooms) {
        if (rooms != null && rooms.signum() == 0) {
            return Value.notApplicable();
        }
        return direct(field, area, name);
    }

    private Value trainingShare(SchoolRow row, int precision) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("teacherTrainingFundsYuan", row.teacherTrainingFundsYuan());
        inputs.put("publicFundsYuan", row.publicFundsYuan());
        if (row.teacherTrainingFundsYuan() == null || row.publicFundsYuan() == null || row.publicFundsYuan().signum() == 0) {
            String what = row.teacherTrainingFundsYuan() == null ? "教师培训经费" : "年度公用经费预算总额";
            return new Value(true, null, what, inputs, "未填报" + what);
        }
        BigDecimal raw = Num.div(row.teacherTrainingFundsYuan(), row.publicFundsYuan()).multiply(Num.HUNDRED, Num.MC);
        BigDecimal value = Num.round(raw, precision);
        return new Value(true, value, null, inputs, Num.s(row.teacherTrainingFundsYuan()) + " ÷ " + Num.s(row.publicFundsYuan())
                + " × 100% = " + Num.s(raw) + "% ≈ " + value.toPlainString() + "%");
    }

    private Value childrenPerTeacher(SchoolRow row, int precision) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("children", row.children());
        inputs.put("fullTimeTeachers", row.fullTimeTeachers());
        if (row.fullTimeTeachers() == null || row.fullTimeTeachers().signum() == 0) {
            return new Value(true, null, "专任教师数", inputs, "未填报专任教师数（或为 0）");
        }
        BigDecimal raw = Num.div(row.children(), row.fullTimeTeachers());
        BigDecimal value = Num.round(raw, precision);
        return new Value(true, value, null, inputs, Num.s(row.children()) + " ÷ " + Num.s(row.fullTimeTeachers()) + " = " + Num.s(raw)
                + " ≈ " + value.toPlainString());
    }
}

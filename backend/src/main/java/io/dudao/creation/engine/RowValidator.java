package io.dudao.creation.engine;

import io.dudao.common.error.FieldError;
import io.dudao.creation.engine.CreationEnums.CreationKind;
import io.dudao.creation.engine.CreationEnums.CreationRowStage;
import io.dudao.creation.engine.CreationEnums.KindergartenOwnership;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a year's rows all at once (every row, every column) and returns them normalised: trimmed
 * text, upper-case codes, and only the fields that belong to the programme's kind. Pure.
 */
public final class RowValidator {

    public static final int MAX_ROWS = 3000;
    public static final BigDecimal MAX_VALUE = new BigDecimal("1000000000000");
    /** More decimals than this is a typing or an export error, and exact sums of them would never end. */
    public static final int MAX_DECIMALS = 4;
    private static final BigDecimal MAX_POPULATION = BigDecimal.valueOf(100_000_000);

    private RowValidator() {
    }

    public record Result(List<SchoolRow> rows, BigDecimal childPopulation3to5, List<FieldError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public static Result validate(CreationKind kind, List<SchoolRow> rows, BigDecimal childPopulation3to5) {
        List<FieldError> errors = new ArrayList<>();
        List<SchoolRow> out = new ArrayList<>();
        if (rows == null || rows.isEmpty()) {
            errors.add(new FieldError("rows", "至少需要填报一所学校"));
            rows = List.of();
        } else if (rows.size() > MAX_ROWS) {
            errors.add(new FieldError("rows", "一次最多填报 " + MAX_ROWS + " 所学校"));
            return new Result(List.of(), childPopulation3to5, errors);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            SchoolRow row = rows.get(i);
            String at = "rows[" + i + "].";
            if (row == null) {
                errors.add(new FieldError("rows[" + i + "]", "不能为空行"));
                continue;
            }
            String code = trim(row.schoolCode());
            String name = trim(row.schoolName());
            if (code == null) {
                errors.add(new FieldError(at + "schoolCode", "学校代码不能为空"));
            } else if (code.length() > 64) {
                errors.add(new FieldError(at + "schoolCode", "学校代码不能超过 64 个字符"));
            } else {
                Integer first = seen.putIfAbsent(code.toLowerCase(Locale.ROOT), i);
                if (first != null) {
                    errors.add(new FieldError(at + "schoolCode", "学校代码 " + code + " 与 rows[" + first + "] 重复"));
                }
            }
            if (name == null) {
                errors.add(new FieldError(at + "schoolName", "学校名称不能为空"));
            } else if (name.length() > 200) {
                errors.add(new FieldError(at + "schoolName", "学校名称不能超过 200 个字符"));
            }
            out.add(kind == CreationKind.BALANCED_COMPULSORY ? compulsory(row, code, name, at, errors)
                    : kindergarten(row, code, name, at, errors));
        }
        if (kind == CreationKind.INCLUSIVE_PRESCHOOL) {
            if (childPopulation3to5 == null) {
                errors.add(new FieldError("childPopulation3to5", "请填写全县 3-5 岁适龄儿童数"));
            } else if (count(childPopulation3to5, "childPopulation3to5", true, errors)
                    && childPopulation3to5.compareTo(MAX_POPULATION) > 0) {
                errors.add(new FieldError("childPopulation3to5", "数值过大"));
            }
        } else {
            childPopulation3to5 = null;
        }
        return new Result(out, childPopulation3to5, errors);
    }

    private static SchoolRow compulsory(SchoolRow row, String code, String name, String at, List<FieldError> errors) {
        String stageText = trim(row.stage());
        CreationRowStage stage = null;
        if (stageText == null) {
            errors.add(new FieldError(at + "stage", "学段不能为空，可选 PRIMARY、JUNIOR、NINE_YEAR"));
        } else {
            try {
                stage = CreationRowStage.valueOf(stageText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(at + "stage", "学段取值无效：" + stageText + "，可选 PRIMARY、JUNIOR、NINE_YEAR"));
            }
        }
        if (stage == CreationRowStage.NINE_YEAR) {
            boolean p = required(row.primaryStudents(), at + "primaryStudents", "九年一贯制学校须填写小学部在校生数", errors)
                    && count(row.primaryStudents(), at + "primaryStudents", false, errors);
            boolean j = required(row.juniorStudents(), at + "juniorStudents", "九年一贯制学校须填写初中部在校生数", errors)
                    && count(row.juniorStudents(), at + "juniorStudents", false, errors);
            if (p && j) {
                BigDecimal sum = row.primaryStudents().add(row.juniorStudents());
                if (sum.signum() == 0) {
                    errors.add(new FieldError(at + "primaryStudents", "小学部与初中部在校生数之和必须大于 0"));
                } else if (row.students() != null && row.students().compareTo(sum) != 0) {
                    errors.add(new FieldError(at + "students", "在校生数应等于小学部与初中部之和 " + sum.toPlainString()));
                }
            }
        } else if (stage != null) {
            if (required(row.students(), at + "students", "在校生数不能为空", errors)) {
                count(row.students(), at + "students", true, errors);
            }
            if (row.primaryStudents() != null) {
                errors.add(new FieldError(at + "primaryStudents", "只有九年一贯制学校填写小学部在校生数"));
            }
            if (row.juniorStudents() != null) {
                errors.add(new FieldError(at + "juniorStudents", "只有九年一贯制学校填写初中部在校生数"));
            }
        }
        requiredCount(row.qualifiedTeachers(), at + "qualifiedTeachers", "高于规定学历教师数", errors);
        requiredCount(row.backboneTeachers(), at + "backboneTeachers", "县级以上骨干教师数", errors);
        requiredCount(row.peArtTeachers(), at + "peArtTeachers", "体育、艺术专任教师数", errors);
        requiredAmount(row.teachingAreaM2(), at + "teachingAreaM2", "教学及辅助用房面积", errors);
        requiredAmount(row.sportsAreaM2(), at + "sportsAreaM2", "体育运动场馆面积", errors);
        requiredAmount(row.equipmentValueYuan(), at + "equipmentValueYuan", "教学仪器设备值", errors);
        requiredCount(row.multimediaRooms(), at + "multimediaRooms", "网络多媒体教室数", errors);
        BigDecimal students = stage == CreationRowStage.NINE_YEAR && row.primaryStudents() != null && row.juniorStudents() != null
                ? row.primaryStudents().add(row.juniorStudents()) : row.students();
        provision(row, stage, at, errors);
        return new SchoolRow(code, name, stage == null ? stageText : stage.name(), students,
                stage == CreationRowStage.NINE_YEAR ? row.primaryStudents() : null,
                stage == CreationRowStage.NINE_YEAR ? row.juniorStudents() : null,
                row.qualifiedTeachers(), row.backboneTeachers(), row.peArtTeachers(), row.teachingAreaM2(), row.sportsAreaM2(),
                row.equipmentValueYuan(), row.multimediaRooms(), row.teachingPoint() ? Boolean.TRUE : null,
                row.provision(), null, null, null, null, null, row.schoolOrgId());
    }

    /**
     * The optional per-school data of the every-school rules: whole counts and non-negative amounts, a class
     * size only for the stages the school has and never above that stage's students, and training funds
     * never above the public funds they are part of (a share over 100%).
     */
    private static void provision(SchoolRow row, CreationRowStage stage, String at, List<FieldError> errors) {
        if (row.classes() != null) {
            count(row.classes(), at + "classes", true, errors);
        }
        optionalCount(row.musicRooms(), at + "musicRooms", errors);
        optionalCount(row.artRooms(), at + "artRooms", errors);
        optionalAmount(row.musicRoomMinAreaM2(), at + "musicRoomMinAreaM2", "音乐专用教室面积", errors);
        optionalAmount(row.artRoomMinAreaM2(), at + "artRoomMinAreaM2", "美术专用教室面积", errors);
        boolean publicOk = optionalAmount(row.publicFundsYuan(), at + "publicFundsYuan", "公用经费预算总额", errors);
        boolean trainingOk = optionalAmount(row.teacherTrainingFundsYuan(), at + "teacherTrainingFundsYuan", "教师培训经费", errors);
        if (publicOk && trainingOk && row.publicFundsYuan() != null && row.teacherTrainingFundsYuan() != null
                && row.teacherTrainingFundsYuan().compareTo(row.publicFundsYuan()) > 0) {
            errors.add(new FieldError(at + "teacherTrainingFundsYuan", "教师培训经费不能超过公用经费预算总额（占比不能超过 100%）"));
        }
        classSize(row.maxClassSizePrimary(), at + "maxClassSizePrimary", stage == CreationRowStage.JUNIOR, "初中学校不填写小学最大班额",
                stage == CreationRowStage.NINE_YEAR ? row.primaryStudents() : row.students(), errors);
        classSize(row.maxClassSizeJunior(), at + "maxClassSizeJunior", stage == CreationRowStage.PRIMARY, "小学不填写初中最大班额",
                stage == CreationRowStage.NINE_YEAR ? row.juniorStudents() : row.students(), errors);
    }

    private static void classSize(BigDecimal v, String field, boolean notApplicable, String notApplicableMessage, BigDecimal students,
                                  List<FieldError> errors) {
        if (v == null) {
            return;
        }
        if (notApplicable) {
            errors.add(new FieldError(field, notApplicableMessage));
        } else if (count(v, field, true, errors) && students != null && Num.isWhole(students) && v.compareTo(students) > 0) {
            errors.add(new FieldError(field, "最大班额不能超过该学段在校生数 " + students.toPlainString()));
        }
    }

    private static void optionalCount(BigDecimal v, String field, List<FieldError> errors) {
        if (v != null) {
            count(v, field, false, errors);
        }
    }

    private static boolean optionalAmount(BigDecimal v, String field, String label, List<FieldError> errors) {
        return v == null || amount(v, field, label, errors);
    }

    private static SchoolRow kindergarten(SchoolRow row, String code, String name, String at, List<FieldError> errors) {
        if (required(row.children(), at + "children", "在园幼儿数不能为空", errors)) {
            count(row.children(), at + "children", true, errors);
        }
        String ownershipText = trim(row.ownership());
        KindergartenOwnership ownership = null;
        if (ownershipText == null) {
            errors.add(new FieldError(at + "ownership", "办园性质不能为空，可选 PUBLIC、PRIVATE_INCLUSIVE、PRIVATE"));
        } else {
            try {
                ownership = KindergartenOwnership.valueOf(ownershipText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(at + "ownership", "办园性质取值无效：" + ownershipText + "，可选 PUBLIC、PRIVATE_INCLUSIVE、PRIVATE"));
            }
        }
        requiredCount(row.fullTimeTeachers(), at + "fullTimeTeachers", "专任教师数", errors);
        requiredAmount(row.buildingAreaM2(), at + "buildingAreaM2", "园舍建筑面积", errors);
        requiredAmount(row.playAreaM2(), at + "playAreaM2", "户外活动场地面积", errors);
        return new SchoolRow(code, name, null, null, null, null, null, null, null, null, null, null, null, null, SchoolRow.Provision.NONE,
                row.children(), ownership == null ? ownershipText : ownership.name(), row.fullTimeTeachers(), row.buildingAreaM2(),
                row.playAreaM2(), row.schoolOrgId());
    }

    private static void requiredCount(BigDecimal v, String field, String label, List<FieldError> errors) {
        if (required(v, field, label + "不能为空", errors)) {
            count(v, field, false, errors);
        }
    }

    private static void requiredAmount(BigDecimal v, String field, String label, List<FieldError> errors) {
        if (required(v, field, label + "不能为空", errors)) {
            amount(v, field, label, errors);
        }
    }

    /** A non-negative amount (㎡, 元) of at most {@value #MAX_DECIMALS} decimals and below {@link #MAX_VALUE}. */
    public static boolean amount(BigDecimal v, String field, String label, List<FieldError> errors) {
        if (v.signum() < 0) {
            errors.add(new FieldError(field, label + "不能为负数"));
        } else if (v.compareTo(MAX_VALUE) > 0) {
            errors.add(new FieldError(field, label + "数值过大"));
        } else if (v.stripTrailingZeros().scale() > MAX_DECIMALS) {
            errors.add(new FieldError(field, label + "最多保留 " + MAX_DECIMALS + " 位小数"));
        } else {
            return true;
        }
        return false;
    }

    private static boolean required(BigDecimal v, String field, String message, List<FieldError> errors) {
        if (v == null) {
            errors.add(new FieldError(field, message));
            return false;
        }
        return true;
    }

    /** A whole number, ≥ 0 (or > 0 when positive). */
    public static boolean count(BigDecimal v, String field, boolean positive, List<FieldError> errors) {
        if (!Num.isWhole(v)) {
            errors.add(new FieldError(field, "必须是整数"));
            return false;
        }
        if (v.signum() < 0) {
            errors.add(new FieldError(field, "不能为负数"));
            return false;
        }
        if (positive && v.signum() == 0) {
            errors.add(new FieldError(field, "必须大于 0"));
            return false;
        }
        if (v.compareTo(MAX_VALUE) > 0) {
            errors.add(new FieldError(field, "数值过大"));
            return false;
        }
        return true;
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}

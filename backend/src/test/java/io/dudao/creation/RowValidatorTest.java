package io.dudao.creation;

import io.dudao.common.error.FieldError;
import io.dudao.creation.engine.CreationEnums.CreationKind;
import io.dudao.creation.engine.RowValidator;
import io.dudao.creation.engine.SchoolRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowValidatorTest {

    private static List<String> fields(RowValidator.Result r) {
        return r.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void everyRowAndColumnErrorAtOnce() {
        SchoolRow good = SchoolRow.compulsory("A", "甲校", "PRIMARY", 500, null, null, 30, 5, 5, 2500, 4000, 1_000_000, 12, false);
        SchoolRow zeroStudents = SchoolRow.compulsory("B", "乙校", "PRIMARY", 0, null, null, 30, 5, 5, 2500, 4000, 1_000_000, 12, false);
        SchoolRow negativeArea = SchoolRow.compulsory("C", " ", "JUNIOR", 400, null, null, 30, 5, 5, 2500, -1, 1_000_000, 12, false);
        SchoolRow badStage = SchoolRow.compulsory("A", "丙校", "SENIOR", 100, null, null, 3, 1, 1, 500, 900, 200000, 2, false);
        SchoolRow nineYear = SchoolRow.compulsory("D", "丁校", "NINE_YEAR", 999, 300, 200, 30, 5, 5, 2500, 4000, 1_000_000, 12, false);
        SchoolRow fractional = new SchoolRow("E", "戊校", "PRIMARY", new BigDecimal("100.5"), null, null, BigDecimal.ONE, null,
                BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE, null, SchoolRow.Provision.NONE, null, null,
                null, null, null, null);
        var r = RowValidator.validate(CreationKind.BALANCED_COMPULSORY,
                List.of(good, zeroStudents, negativeArea, badStage, nineYear, fractional), null);
        assertEquals(List.of("rows[1].students", "rows[2].schoolName", "rows[2].sportsAreaM2", "rows[3].schoolCode",
                "rows[3].stage", "rows[4].students", "rows[5].students", "rows[5].backboneTeachers"), fields(r), r.errors().toString());
        assertEquals("必须大于 0", r.errors().get(0).message());
        assertEquals("体育运动场馆面积不能为负数", r.errors().get(2).message());
        assertTrue(r.errors().get(3).message().contains("rows[0]"));
    }

    @Test
    void kindergartenRowsNeedOwnershipAndThePopulation() {
        SchoolRow ok = SchoolRow.kindergarten("K1", "一园", "public", 100, 8, 900, 600);
        SchoolRow bad = SchoolRow.kindergarten("K2", "二园", "STATE", 0, 8, 900, -5);
        var r = RowValidator.validate(CreationKind.INCLUSIVE_PRESCHOOL, List.of(ok, bad), null);
        assertEquals(List.of("rows[1].children", "rows[1].ownership", "rows[1].playAreaM2", "childPopulation3to5"), fields(r));
        assertEquals("PUBLIC", r.rows().get(0).ownership());
    }

    @Test
    void normalisesAndDropsTheOtherKindsFields() {
        SchoolRow row = new SchoolRow(" S1 ", " 甲校 ", "nine_year", null, BigDecimal.valueOf(300), BigDecimal.valueOf(200),
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE,
                false, SchoolRow.Provision.NONE, BigDecimal.TEN, "PUBLIC", null, null, null, 99L);
        var r = RowValidator.validate(CreationKind.BALANCED_COMPULSORY, List.of(row), BigDecimal.TEN);
        assertTrue(r.ok(), r.errors().toString());
        SchoolRow n = r.rows().get(0);
        assertEquals("S1", n.schoolCode());
        assertEquals("NINE_YEAR", n.stage());
        assertEquals(BigDecimal.valueOf(500), n.students());
        assertEquals(null, n.children());
        assertEquals(null, n.isTeachingPoint());
        assertEquals(null, r.childPopulation3to5());
    }

    @Test
    void aPopulationTooLargeToStoreIsRefused() {
        var r = RowValidator.validate(CreationKind.INCLUSIVE_PRESCHOOL,
                List.of(SchoolRow.kindergarten("K1", "一园", "PUBLIC", 100, 8, 900, 600)), new BigDecimal("10000000000"));
        assertEquals(List.of("childPopulation3to5"), fields(r));
        assertEquals("数值过大", r.errors().get(0).message());
    }

    /**
     * The every-school data is optional but checked when given: whole counts, a class size only for the stages the
     * school has and never above that stage's students, training funds never above the public funds (a share over
     * 100%), and amounts with an extreme exponent refused (too large, or more decimals than any real figure has).
     */
    @Test
    void everySchoolDataIsCheckedWhenGiven() {
        SchoolRow base = SchoolRow.compulsory("A", "甲校", "PRIMARY", 500, null, null, 30, 5, 5, 2500, 4000, 1_000_000, 12, false);
        SchoolRow good = base.withProvision(new SchoolRow.Provision(BigDecimal.valueOf(12), BigDecimal.valueOf(45), null, BigDecimal.ONE,
                new BigDecimal("96.5"), BigDecimal.ONE, BigDecimal.valueOf(90), BigDecimal.valueOf(400_000), BigDecimal.valueOf(20_000)));
        SchoolRow bad = SchoolRow.compulsory("B", "乙校", "PRIMARY", 40, null, null, 3, 1, 1, 200, 400, 90_000, 1, false)
                .withProvision(new SchoolRow.Provision(BigDecimal.ZERO, BigDecimal.valueOf(41), BigDecimal.valueOf(30), new BigDecimal("1.5"),
                        new BigDecimal("1e400"), BigDecimal.valueOf(-1), new BigDecimal("1e-400"), BigDecimal.valueOf(1000),
                        BigDecimal.valueOf(1001)));
        var r = RowValidator.validate(CreationKind.BALANCED_COMPULSORY, List.of(good, bad), null);
        assertEquals(List.of("rows[1].classes", "rows[1].musicRooms", "rows[1].artRooms", "rows[1].musicRoomMinAreaM2",
                "rows[1].artRoomMinAreaM2", "rows[1].teacherTrainingFundsYuan", "rows[1].maxClassSizePrimary",
                "rows[1].maxClassSizeJunior"), fields(r), r.errors().toString());
        assertEquals(List.of("必须大于 0", "必须是整数", "不能为负数", "音乐专用教室面积数值过大", "美术专用教室面积最多保留 4 位小数",
                "教师培训经费不能超过公用经费预算总额（占比不能超过 100%）", "最大班额不能超过该学段在校生数 40", "小学不填写初中最大班额"),
                r.errors().stream().map(FieldError::message).toList());
        assertEquals(new BigDecimal("96.5"), r.rows().get(0).musicRoomMinAreaM2());
    }

    @Test
    void anExtremeExponentInAResourceIsRefusedBeforeAnyArithmetic() {
        SchoolRow huge = new SchoolRow("A", "甲校", "PRIMARY", BigDecimal.valueOf(500), null, null, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, new BigDecimal("1e-999999999"), new BigDecimal("1e999999999"), BigDecimal.TEN, new BigDecimal("1e999999999"),
                null, SchoolRow.Provision.NONE, null, null, null, null, null, null);
        var r = RowValidator.validate(CreationKind.BALANCED_COMPULSORY, List.of(huge), null);
        assertEquals(List.of("rows[0].teachingAreaM2", "rows[0].sportsAreaM2", "rows[0].multimediaRooms"), fields(r));
        assertEquals(List.of("教学及辅助用房面积最多保留 4 位小数", "体育运动场馆面积数值过大", "数值过大"),
                r.errors().stream().map(FieldError::message).toList());
    }

    @Test
    void emptyRowsAreAnError() {
        assertEquals(List.of("rows"), fields(RowValidator.validate(CreationKind.BALANCED_COMPULSORY, List.of(), null)));
    }
}

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
                BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE, null, null, null, null, null, null, null);
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
                false, BigDecimal.TEN, "PUBLIC", null, null, null, 99L);
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

    @Test
    void emptyRowsAreAnError() {
        assertEquals(List.of("rows"), fields(RowValidator.validate(CreationKind.BALANCED_COMPULSORY, List.of(), null)));
    }
}

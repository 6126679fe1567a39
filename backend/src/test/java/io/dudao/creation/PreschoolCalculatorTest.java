package io.dudao.creation;

import io.dudao.creation.engine.Assessment;
import io.dudao.creation.engine.Assessment.IndicatorResult;
import io.dudao.creation.engine.CreationEnums.CreationVerdict;
import io.dudao.creation.engine.PreschoolCalculator;
import io.dudao.creation.engine.SchoolRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreschoolCalculatorTest {

    private static IndicatorResult indicator(Assessment a, String code) {
        return a.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    /**
     * 3-5 岁 4000 children; K1 公办 1200 children / 80 teachers, K2 普惠民办 900 / 50, K3 民办 1100 / 70:
     * <pre>
     *   在园 3200 → 毛入园率 3200/4000 = 80.0 % < 85 → 0.85 × 4000 − 3200 = 200 new places
     *   普惠 2100/3200 = 65.625 → 65.6 % < 80 → convert 0.8×3200 − 2100 = 460; or add x: (2100+x)/(3200+x) ≥ 0.8 → x = 460/0.2 = 2300
     *   公办 1200/3200 = 37.5 % < 50 → convert 1600 − 1200 = 400; or add 400/0.5 = 800
     *   生师比 3200/200 = 16.0 > 15 → 3200/15 − 200 = 13.3 → 14 teachers
     *   per kindergarten: K1 15.0 ok; K2 18.0 → 900/15 − 50 = 10; K3 15.7 → 73.3 − 70 → 4
     * </pre>
     */
    @Test
    void failingCountyWithEveryGapByHand() {
        List<SchoolRow> rows = List.of(
                SchoolRow.kindergarten("K1", "县第一幼儿园", "PUBLIC", 1200, 80, 9000, 7000),
                SchoolRow.kindergarten("K2", "阳光幼儿园", "PRIVATE_INCLUSIVE", 900, 50, 5000, 3000),
                SchoolRow.kindergarten("K3", "贝贝幼儿园", "PRIVATE", 1100, 70, 6000, 4000));
        Assessment a = PreschoolCalculator.assess(Standards.preschool2020(), rows, BigDecimal.valueOf(4000));
        assertEquals(CreationVerdict.FAIL, a.verdict());
        IndicatorResult gross = indicator(a, "GROSS_ENROLMENT_RATE");
        assertEquals(new BigDecimal("80.0"), gross.value());
        assertEquals("需新增学前教育学位 200 个", gross.shortfall().message());
        IndicatorResult inclusive = indicator(a, "INCLUSIVE_COVERAGE");
        assertEquals(new BigDecimal("65.6"), inclusive.value());
        assertEquals("需新增普惠学位 2,300 个（或将 460 个非普惠性民办园学位认定为普惠）", inclusive.shortfall().message());
        IndicatorResult publicShare = indicator(a, "PUBLIC_ENROLMENT_SHARE");
        assertEquals(new BigDecimal("37.5"), publicShare.value());
        assertEquals(new BigDecimal("800"), publicShare.shortfall().resourceNeeded());
        IndicatorResult ratio = indicator(a, "CHILDREN_PER_TEACHER");
        assertEquals(new BigDecimal("16.0"), ratio.value());
        assertEquals("需增加专任教师 14 人", ratio.shortfall().message());
        assertTrue(ratio.explain().computation().startsWith("3200 ÷ 200 = 16"), ratio.explain().computation());
        assertEquals(3, a.assessedSchools());
        assertEquals(1, a.passingSchools());
        assertEquals("需增加专任教师 10 人", a.schools().get(1).shortfalls().get(0).message());
        assertEquals("需增加专任教师 4 人", a.schools().get(2).shortfalls().get(0).message());
    }

    /** 2000 of 2200 children (90.9 %); 1700 inclusive (85 %); 1100 public (55 %); 2000 / 140 = 14.3 → PASS. */
    @Test
    void passingCounty() {
        List<SchoolRow> rows = List.of(
                SchoolRow.kindergarten("K1", "公办一园", "PUBLIC", 1100, 75, 9000, 7000),
                SchoolRow.kindergarten("K2", "普惠园", "PRIVATE_INCLUSIVE", 600, 40, 5000, 3000),
                SchoolRow.kindergarten("K3", "民办园", "PRIVATE", 300, 25, 3000, 2000));
        Assessment a = PreschoolCalculator.assess(Standards.preschool2020(), rows, BigDecimal.valueOf(2200));
        assertEquals(CreationVerdict.PASS, a.verdict(), a.explain().computation());
        assertEquals(new BigDecimal("90.9"), indicator(a, "GROSS_ENROLMENT_RATE").value());
        assertEquals(new BigDecimal("85.0"), indicator(a, "INCLUSIVE_COVERAGE").value());
        assertEquals(new BigDecimal("14.3"), indicator(a, "CHILDREN_PER_TEACHER").value());
        assertNull(indicator(a, "INCLUSIVE_COVERAGE").shortfall());
    }

    @Test
    void noTeachersOrNoPopulationNeverDivide() {
        List<SchoolRow> rows = List.of(SchoolRow.kindergarten("K1", "新园", "PUBLIC", 90, 0, 900, 700));
        Assessment a = PreschoolCalculator.assess(Standards.preschool2020(), rows, null);
        assertEquals(CreationVerdict.FAIL, a.verdict());
        assertNull(indicator(a, "GROSS_ENROLMENT_RATE").value());
        assertNull(indicator(a, "CHILDREN_PER_TEACHER").value());
        assertFalse(a.schools().get(0).passed());
        assertEquals("需增加专任教师 6 人", a.schools().get(0).shortfalls().get(0).message());
    }
}

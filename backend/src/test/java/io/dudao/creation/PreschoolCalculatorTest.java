package io.dudao.creation;

import io.dudao.creation.engine.Assessment;
import io.dudao.creation.engine.Assessment.IndicatorResult;
import io.dudao.creation.engine.Assessment.ItemResult;
import io.dudao.creation.engine.Assessment.PartResult;
import io.dudao.creation.engine.CountyPartsCalculator.CountyFacts;
import io.dudao.creation.engine.CountyReturn;
import io.dudao.creation.engine.CountyReturn.Judgement;
import io.dudao.creation.engine.CountyReturn.Monitoring;
import io.dudao.creation.engine.CreationEnums.ItemStatus;
import io.dudao.creation.engine.StandardContent.Item;
import io.dudao.creation.engine.CreationEnums.CreationVerdict;
import io.dudao.creation.engine.PreschoolCalculator;
import io.dudao.creation.engine.SchoolRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Assessment a = PreschoolCalculator.assess(Standards.preschool2020(), rows, BigDecimal.valueOf(4000), CountyFacts.none(2023));
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

    private static final List<SchoolRow> PASSING_ROWS = List.of(
            SchoolRow.kindergarten("K1", "公办一园", "PUBLIC", 1100, 75, 9000, 7000),
            SchoolRow.kindergarten("K2", "普惠园", "PRIVATE_INCLUSIVE", 600, 40, 5000, 3000),
            SchoolRow.kindergarten("K3", "民办园", "PRIVATE", 300, 25, 3000, 2000));

    private static Assessment assess(CountyReturn data) {
        return PreschoolCalculator.assess(Standards.preschool2020(), PASSING_ROWS, BigDecimal.valueOf(2200),
                new CountyFacts(data, new Monitoring(List.of(), "录入"), 2023));
    }

    /**
     * The county data of a county meeting every item of 政府保障情况, 保教质量 and 社会认可度:
     * 12 of 12 乡镇 with a 公办中心园 (100%), 5 of 5 小区配套园 inclusive (100%), 140 of 140 teachers certified
     * (100%), 1020 of 1200 survey answers approving (85.00%), every judged item met with evidence.
     */
    static CountyReturn passingCountyData(int approving) {
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        inputs.put("townships", BigDecimal.valueOf(12));
        inputs.put("townshipsWithPublicCentreKindergarten", BigDecimal.valueOf(12));
        inputs.put("communityKindergartens", BigDecimal.valueOf(5));
        inputs.put("communityKindergartensInclusive", BigDecimal.valueOf(5));
        inputs.put("kindergartenTeachers", BigDecimal.valueOf(140));
        inputs.put("kindergartenCertifiedTeachers", BigDecimal.valueOf(140));
        inputs.put("surveyRespondents", BigDecimal.valueOf(1200));
        inputs.put("surveyApproving", BigDecimal.valueOf(approving));
        List<Judgement> judgements = Standards.preschool2020().allItems().stream().filter(Item::judged)
                .map(i -> new Judgement(i.code(), true, "查阅文件并实地核查，符合要求", List.of(1L))).toList();
        return new CountyReturn(inputs, List.of(), judgements, List.of());
    }

    /**
     * 2000 of 2200 children (90.9 %); 1700 inclusive (85 %); 1100 public (55 %); 2000 / 140 = 14.3; every kindergarten
     * ≤ 15 (1100/75 = 14.7, 600/40 = 15.0, 300/25 = 12.0): 普及普惠水平 passes, but with no county data entered the
     * other three parts are MISSING and the county fails; with the county data above all four parts pass → PASS.
     */
    @Test
    void passingCounty() {
        Assessment a = PreschoolCalculator.assess(Standards.preschool2020(), PASSING_ROWS, BigDecimal.valueOf(2200), CountyFacts.none(2023));
        assertEquals(CreationVerdict.FAIL, a.verdict(), a.explain().computation());
        assertEquals(List.of("UNIVERSAL_INCLUSIVE", "GOVERNMENT_SUPPORT", "CARE_QUALITY", "SOCIAL_RECOGNITION"),
                a.parts().stream().map(PartResult::code).toList());
        assertEquals(CreationVerdict.PASS, a.parts().get(0).verdict());
        assertEquals(ItemStatus.MISSING, a.parts().get(1).items().get(0).status());
        assertEquals(ItemStatus.MET, a.parts().get(2).items().get(1).status(), "每所幼儿园生师比 ≤ 15 without county data");

        a = assess(passingCountyData(1020));
        assertEquals(CreationVerdict.PASS, a.verdict(), a.explain().computation());
        assertTrue(a.parts().stream().allMatch(p -> p.verdict() == CreationVerdict.PASS));
        assertEquals(new BigDecimal("85.00"), a.parts().get(3).items().get(0).conditions().get(0).value());
        assertEquals(new BigDecimal("90.9"), indicator(a, "GROSS_ENROLMENT_RATE").value());
        assertEquals(new BigDecimal("85.0"), indicator(a, "INCLUSIVE_COVERAGE").value());
        assertEquals(new BigDecimal("14.3"), indicator(a, "CHILDREN_PER_TEACHER").value());
        assertNull(indicator(a, "INCLUSIVE_COVERAGE").shortfall());
    }

    @Test
    void noTeachersOrNoPopulationNeverDivide() {
        List<SchoolRow> rows = List.of(SchoolRow.kindergarten("K1", "新园", "PUBLIC", 90, 0, 900, 700));
        Assessment a = PreschoolCalculator.assess(Standards.preschool2020(), rows, null, CountyFacts.none(2023));
        assertEquals(CreationVerdict.FAIL, a.verdict());
        assertNull(indicator(a, "GROSS_ENROLMENT_RATE").value());
        assertNull(indicator(a, "CHILDREN_PER_TEACHER").value());
        assertFalse(a.schools().get(0).passed());
        assertEquals("需增加专任教师 6 人", a.schools().get(0).shortfalls().get(0).message());
    }

    /** 1019 of 1200 = 84.916… → 84.92% < 85: only 社会认可度 fails, and so does the county. */
    @Test
    void socialRecognitionBelow85FailsTheCounty() {
        Assessment a = assess(passingCountyData(1019));
        assertEquals(CreationVerdict.FAIL, a.verdict());
        assertEquals(new BigDecimal("84.92"), a.parts().get(3).items().get(0).conditions().get(0).value());
        assertEquals(List.of(CreationVerdict.PASS, CreationVerdict.PASS, CreationVerdict.PASS, CreationVerdict.FAIL),
                a.parts().stream().map(PartResult::verdict).toList());
    }

    /** 11 of 12 乡镇 with a 公办中心园 = 91.67% < 100, and one kindergarten at 640 / 40 = 16.0 > 15: two parts fail, each named. */
    @Test
    void aCountyFigureAndAnEverySchoolRuleFailTheirParts() {
        CountyReturn base = passingCountyData(1100);
        Map<String, BigDecimal> inputs = new LinkedHashMap<>(base.inputs());
        inputs.put("townshipsWithPublicCentreKindergarten", BigDecimal.valueOf(11));
        List<SchoolRow> rows = List.of(PASSING_ROWS.get(0), SchoolRow.kindergarten("K2", "普惠园", "PRIVATE_INCLUSIVE", 640, 40, 5000, 3000),
                PASSING_ROWS.get(2));
        Assessment a = PreschoolCalculator.assess(Standards.preschool2020(), rows, BigDecimal.valueOf(2300),
                new CountyFacts(new CountyReturn(inputs, List.of(), base.judgements(), List.of()), new Monitoring(List.of(), "录入"), 2023));
        assertEquals(CreationVerdict.FAIL, a.verdict());
        ItemResult township = a.parts().get(1).items().get(0);
        assertEquals(ItemStatus.NOT_MET, township.status());
        assertEquals(new BigDecimal("91.67"), township.conditions().get(1).value());
        ItemResult ratio = a.parts().get(2).items().get(1);
        assertEquals(ItemStatus.NOT_MET, ratio.status());
        assertEquals("K2", ratio.conditions().get(0).schools().get(0).schoolCode());
        assertEquals(new BigDecimal("16.0"), ratio.conditions().get(0).schools().get(0).value());
        assertEquals(CreationVerdict.PASS, a.parts().get(3).verdict());
    }
}

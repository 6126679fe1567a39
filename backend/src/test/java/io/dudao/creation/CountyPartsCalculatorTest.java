package io.dudao.creation;

import io.dudao.creation.engine.Assessment;
import io.dudao.creation.engine.Assessment.ConditionResult;
import io.dudao.creation.engine.Assessment.ItemResult;
import io.dudao.creation.engine.Assessment.PartResult;
import io.dudao.creation.engine.BalancedCompulsoryCalculator;
import io.dudao.creation.engine.CountyPartsCalculator.CountyFacts;
import io.dudao.creation.engine.CountyReturn;
import io.dudao.creation.engine.CountyReturn.Monitoring;
import io.dudao.creation.engine.CountyReturn.MonitoringSubject;
import io.dudao.creation.engine.CountyReturn.VetoRecord;
import io.dudao.creation.engine.CreationEnums.ConditionKind;
import io.dudao.creation.engine.CreationEnums.CreationVerdict;
import io.dudao.creation.engine.CreationEnums.ItemStatus;
import io.dudao.creation.engine.SchoolRow;
import io.dudao.creation.engine.StandardContent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.dudao.creation.CountyFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The county verdict is the conjunction of the four parts, the vetoes and the precondition; hand-computed cases. */
class CountyPartsCalculatorTest {

    private final StandardContent standard = Standards.balanced2017();
    private final List<SchoolRow> schools = List.of(CountyFixtures.primary("P1", "城关小学"), CountyFixtures.primary("P2", "东关小学"));

    private Assessment assess(List<SchoolRow> rows, CountyReturn data, int year) {
        return BalancedCompulsoryCalculator.assess(standard, rows, new CountyFacts(data, new Monitoring(data.monitoring(), "录入"), year));
    }

    private Assessment assess(CountyReturn data) {
        return assess(schools, data, 2023);
    }

    private static PartResult part(Assessment a, String code) {
        return a.parts().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private static ItemResult item(Assessment a, String code) {
        return a.parts().stream().flatMap(p -> p.items().stream()).filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aCountyMeetingEveryItemPassesWithEachPartsVerdict() {
        Assessment a = assess(CountyFixtures.passing(standard));
        assertEquals(List.of("RESOURCE_ALLOCATION", "GOVERNMENT_SUPPORT", "EDUCATION_QUALITY", "SOCIAL_RECOGNITION"),
                a.parts().stream().map(PartResult::code).toList());
        a.parts().forEach(p -> assertEquals(CreationVerdict.PASS, p.verdict(), p.name() + "：" + p.explain().computation()));
        assertEquals(15, part(a, "GOVERNMENT_SUPPORT").items().size());
        assertEquals(9, part(a, "EDUCATION_QUALITY").items().size());
        assertEquals(6, a.vetoes().size());
        assertTrue(a.vetoes().stream().noneMatch(Assessment.VetoResult::recorded));
        assertEquals(ItemStatus.MET, a.precondition().status());
        assertEquals(CreationVerdict.PASS, a.verdict(), a.explain().computation());
        assertEquals("资源配置达标；政府保障程度达标；教育质量达标；社会认可度达标；一票否决：无；基本条件：满足", a.explain().computation());
    }

    /**
     * 政府保障程度第 11 项 has two county figures. 120 of 1000 eligible teachers rotated: 12.00% ≥ 10%; of them 20 backbone
     * teachers: 20 ÷ 120 × 100 = 16.666… ≈ 16.67% < 20%: the item is not met although the first figure is.
     */
    @Test
    void rotationNeedsBothItsFigures() {
        Assessment a = assess(CountyFixtures.with(CountyFixtures.passing(standard), Map.of("rotatedBackboneTeachers", dec(20))));
        ItemResult rotation = item(a, "GOV_11");
        assertEquals(ItemStatus.NOT_MET, rotation.status());
        assertEquals(List.of(ItemStatus.MET, ItemStatus.NOT_MET), rotation.conditions().stream().map(ConditionResult::status).toList());
        assertEquals(new BigDecimal("12.00"), rotation.conditions().get(0).value());
        ConditionResult backbone = rotation.conditions().get(1);
        assertEquals(new BigDecimal("16.67"), backbone.value());
        assertEquals("20 ÷ 120 × 100% = 16.6667% ≈ 16.67%", backbone.explain().computation());
        assertEquals("骨干教师占交流轮岗教师的比例 16.67%，未达到 ≥ 20%", rotation.reason());
        assertTrue(backbone.explain().note().contains("政府保障程度第（十一）项"), backbone.explain().note());
        assertEquals(CreationVerdict.FAIL, part(a, "GOVERNMENT_SUPPORT").verdict());
        assertEquals(CreationVerdict.PASS, part(a, "EDUCATION_QUALITY").verdict());
        assertEquals(CreationVerdict.FAIL, a.verdict());
        assertTrue(part(a, "GOVERNMENT_SUPPORT").explain().computation().contains("未达到 第 11 项"));
    }

    /**
     * Every-school rules name each school that fails: 东关小学's largest class has 52 pupils (> 45), and with 30 classes
     * its 2 music rooms are 2 × 12 ÷ 30 = 0.80 per 12 classes (< 1).
     */
    @Test
    void everySchoolRulesNameTheSchoolsThatFail() {
        SchoolRow crowded = SchoolRow.compulsory("P2", "东关小学", "PRIMARY", 1000, null, null, 50, 10, 10, 5000, 8000, 2_500_000, 25, false)
                .withProvision(CountyFixtures.provision(30, 52, null));
        Assessment a = assess(List.of(CountyFixtures.primary("P1", "城关小学"), crowded), CountyFixtures.passing(standard), 2023);
        ItemResult classSize = item(a, "GOV_05");
        assertEquals(ItemStatus.NOT_MET, classSize.status());
        ConditionResult primary = classSize.conditions().get(0);
        assertEquals(ConditionKind.EVERY_SCHOOL, primary.kind());
        assertEquals(2, primary.schoolsJudged());
        assertEquals(List.of("东关小学：小学最大班额 52 人，未达到 ≤ 45 人"), primary.schools().stream().map(f -> f.message()).toList());
        assertEquals(ItemStatus.MET, classSize.conditions().get(1).status(), "no junior school: nothing to judge");
        ItemResult rooms = item(a, "GOV_03");
        assertEquals(ItemStatus.NOT_MET, rooms.status());
        assertEquals(new BigDecimal("0.80"), rooms.conditions().get(0).schools().get(0).value());
        assertTrue(rooms.reason().startsWith("每 12 个班级音乐专用教室数：1 所学校未达到 ≥ 1 间（东关小学"), rooms.reason());
    }

    /** 社会认可度 is computed from the survey counts: 852 of 1000 = 85.20% passes, 849 = 84.90% fails. */
    @Test
    void socialRecognitionIsComputedFromSurveyCounts() {
        CountyReturn base = CountyFixtures.passing(standard);
        Assessment pass = assess(CountyFixtures.with(base, Map.of("surveyApproving", dec(852))));
        assertEquals(new BigDecimal("85.20"), item(pass, "RECOGNITION_01").conditions().get(0).value());
        assertEquals(CreationVerdict.PASS, part(pass, "SOCIAL_RECOGNITION").verdict());
        Assessment fail = assess(CountyFixtures.with(base, Map.of("surveyApproving", dec(849))));
        assertEquals(CreationVerdict.FAIL, part(fail, "SOCIAL_RECOGNITION").verdict());
        assertEquals("社会认可度 84.9%，未达到 ≥ 85%", item(fail, "RECOGNITION_01").reason());
        // no survey at all is missing data, not a pass
        Assessment none = assess(CountyFixtures.with(base, Map.of("surveyRespondents", dec(0), "surveyApproving", dec(0))));
        assertEquals(ItemStatus.MISSING, item(none, "RECOGNITION_01").status());
    }

    /** Nothing to count (no disabled children of the age) meets a rate; a missing number never does. */
    @Test
    void nothingToCountIsMetButMissingDataIsNot() {
        CountyReturn base = CountyFixtures.passing(standard);
        Assessment none = assess(CountyFixtures.with(base, Map.of("disabledChildren", dec(0), "disabledChildrenEnrolled", dec(0))));
        assertEquals(ItemStatus.MET, item(none, "QUALITY_02").status());
        assertNull(item(none, "QUALITY_02").conditions().get(0).value());

        Assessment empty = assess(CountyReturn.EMPTY);
        assertEquals(CreationVerdict.PASS, part(empty, "RESOURCE_ALLOCATION").verdict());
        assertEquals(CreationVerdict.FAIL, part(empty, "GOVERNMENT_SUPPORT").verdict());
        assertEquals(ItemStatus.MISSING, item(empty, "GOV_01").status());
        assertEquals("尚未评定", item(empty, "GOV_01").reason());
        assertEquals("交流轮岗教师占符合交流条件教师的比例：未填报：本年度交流轮岗教师数、符合交流条件的教师数；"
                + "骨干教师占交流轮岗教师的比例：未填报：其中骨干教师数、本年度交流轮岗教师数", item(empty, "GOV_11").reason());
        SchoolRow bare = SchoolRow.compulsory("P3", "西关小学", "PRIMARY", 1000, null, null, 50, 10, 10, 5000, 8000, 2_500_000, 25, false);
        ItemResult classSize = item(assess(List.of(bare), CountyReturn.EMPTY, 2023), "GOV_05");
        assertEquals(ItemStatus.MISSING, classSize.status(), "a school without its class sizes");
        assertEquals("小学最大班额：1 所学校未填报（西关小学：未填报小学最大班额）", classSize.reason());
        assertEquals(ItemStatus.MISSING, empty.precondition().status());
        assertEquals(CreationVerdict.FAIL, empty.verdict());
    }

    /** Any recorded veto fails a county that meets everything else. */
    @Test
    void aVetoFailsTheCountyWhateverElse() {
        CountyReturn base = CountyFixtures.passing(standard);
        CountyReturn vetoed = new CountyReturn(base.inputs(), base.monitoring(), base.judgements(),
                List.of(new VetoRecord("KEY_SCHOOLS_OR_CLASSES", "县实验中学设置“火箭班”", List.of(7L))));
        Assessment a = assess(vetoed);
        a.parts().forEach(p -> assertEquals(CreationVerdict.PASS, p.verdict()));
        assertEquals(CreationVerdict.FAIL, a.verdict());
        Assessment.VetoResult veto = a.vetoes().stream().filter(Assessment.VetoResult::recorded).findFirst().orElseThrow();
        assertEquals("设置重点学校或重点班", veto.name());
        assertEquals(List.of(7L), veto.attachmentIds());
        assertTrue(a.explain().computation().contains("一票否决：设置重点学校或重点班"), a.explain().computation());
    }

    /** Recognised for 基本均衡 in 2021: 2023 − 2021 = 2 years < 3 fails; 2020 gives 3 years and passes. */
    @Test
    void thePreconditionNeedsThreeYearsOfBasicBalance() {
        CountyReturn base = CountyFixtures.passing(standard);
        Assessment early = assess(CountyFixtures.with(base, Map.of("basicBalanceRecognisedYear", dec(2021))));
        assertEquals(ItemStatus.NOT_MET, early.precondition().status());
        assertEquals("2023 − 2021 = 2 年", early.precondition().conditions().get(0).explain().computation());
        assertEquals(CreationVerdict.FAIL, early.verdict());
        assertTrue(early.explain().computation().endsWith("基本条件：不满足（通过国家基本均衡发展认定以来的年数 2 年，未达到 ≥ 3 年）"),
                early.explain().computation());
        assertEquals(CreationVerdict.PASS, assess(CountyFixtures.with(base, Map.of("basicBalanceRecognisedYear", dec(2020)))).verdict());
    }

    /** 教育质量第 9 项: every subject at level Ⅲ or above and every difference rate strictly below 0.15 (kept to 3 decimals). */
    @Test
    void monitoringNeedsLevelThreeAndADifferenceRateBelow015() {
        CountyReturn base = CountyFixtures.passing(standard);
        CountyReturn atLimit = new CountyReturn(base.inputs(), List.of(new MonitoringSubject("四年级数学", dec(3), new BigDecimal("0.150")),
                new MonitoringSubject("八年级语文", dec(2), new BigDecimal("0.149"))), base.judgements(), base.vetoes());
        ItemResult monitoring = item(assess(atLimit), "QUALITY_09");
        assertEquals(List.of(ItemStatus.NOT_MET, ItemStatus.NOT_MET), monitoring.conditions().stream().map(ConditionResult::status).toList());
        assertEquals("最低学业水平：八年级语文 Ⅱ级（四年级数学 Ⅲ级、八年级语文 Ⅱ级）", monitoring.conditions().get(0).explain().computation());
        assertEquals(new BigDecimal("0.150"), monitoring.conditions().get(1).value());
        CountyReturn below = new CountyReturn(base.inputs(), List.of(new MonitoringSubject("四年级数学", dec(3), new BigDecimal("0.149"))),
                base.judgements(), base.vetoes());
        assertEquals(ItemStatus.MET, item(assess(below), "QUALITY_09").status());
    }

    /** A judgement of "not met" fails its item with the assessor's basis as the reason. */
    @Test
    void anAssessorsJudgementDecidesItsItem() {
        CountyReturn base = CountyFixtures.passing(standard);
        List<CountyReturn.Judgement> judgements = base.judgements().stream()
                .map(j -> j.itemCode().equals("QUALITY_06") ? new CountyReturn.Judgement("QUALITY_06", false, "2 所学校德育工作评定为一般", List.of())
                        : j).toList();
        Assessment a = assess(new CountyReturn(base.inputs(), base.monitoring(), judgements, base.vetoes()));
        ItemResult moral = item(a, "QUALITY_06");
        assertEquals(ItemStatus.NOT_MET, moral.status());
        assertEquals("评定为未达到：2 所学校德育工作评定为一般", moral.reason());
        assertEquals(ConditionKind.JUDGEMENT, moral.conditions().get(0).kind());
        assertEquals(CreationVerdict.FAIL, part(a, "EDUCATION_QUALITY").verdict());
    }
}

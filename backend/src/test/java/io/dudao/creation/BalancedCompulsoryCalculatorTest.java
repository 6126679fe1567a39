package io.dudao.creation;

import io.dudao.creation.engine.Assessment;
import io.dudao.creation.engine.Assessment.ConditionResult;
import io.dudao.creation.engine.Assessment.IndicatorResult;
import io.dudao.creation.engine.Assessment.ItemResult;
import io.dudao.creation.engine.Assessment.PartResult;
import io.dudao.creation.engine.Assessment.SchoolFinding;
import io.dudao.creation.engine.Assessment.SchoolResult;
import io.dudao.creation.engine.BalancedCompulsoryCalculator;
import io.dudao.creation.engine.CountyPartsCalculator.CountyFacts;
import io.dudao.creation.engine.CreationEnums.ItemStatus;
import io.dudao.creation.engine.StandardRules;
import io.dudao.creation.engine.CreationEnums.CreationStage;
import io.dudao.creation.engine.CreationEnums.CreationVerdict;
import io.dudao.creation.engine.SchoolRow;
import io.dudao.creation.engine.StandardContent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BalancedCompulsoryCalculatorTest {

    private final StandardContent standard = Standards.balanced2017();

    /**
     * A primary school of 2000 students meeting all seven indicators with room to spare:
     * qualified 100 → 5.00/100 (≥ 4.2); backbone 20 → 1.00 (≥ 1); PE/art 20 → 1.00 (≥ 0.9);
     * teaching 10000 ㎡ → 5.00 (≥ 4.5); sports 16000 ㎡ → 8.00 (≥ 7.5); equipment 5,000,000 → 2500 (≥ 2000);
     * multimedia 50 → 2.50/100 (≥ 2.3).
     */
    private static SchoolRow primary(String code, int backbone, int peArt, double sports) {
        return SchoolRow.compulsory(code, "学校" + code, "PRIMARY", 2000, null, null, 100, backbone, peArt, 10000, sports,
                5_000_000, 50, false);
    }

    private Assessment assess(List<SchoolRow> rows) {
        return BalancedCompulsoryCalculator.assess(standard, rows, CountyFacts.none(2023));
    }

    private static PartResult resources(Assessment a) {
        return a.parts().get(0);
    }

    private SchoolResult only(SchoolRow row) {
        return assess(List.of(row)).schools().get(0);
    }

    @Test
    void allSevenMet() {
        SchoolResult s = only(primary("A", 20, 20, 16000));
        assertEquals(7, s.metCount());
        assertTrue(s.passed());
        assertTrue(s.shortfalls().isEmpty());
        assertEquals(new BigDecimal("1.00"), s.values().get("BACKBONE_TEACHERS_PER_100"));
        assertEquals(new BigDecimal("8.00"), s.values().get("SPORTS_AREA_PER_STUDENT"));
        assertEquals(new BigDecimal("2500.00"), s.values().get("EQUIPMENT_VALUE_PER_STUDENT"));
    }

    /** Backbone 17 / 2000 × 100 = 0.85 = exactly 85 % of 1: six met and the seventh on the boundary → passes. */
    @Test
    void sixMetAndTheSeventhAtExactly85PercentPasses() {
        SchoolResult s = only(primary("A", 17, 20, 16000));
        assertEquals(6, s.metCount());
        assertTrue(s.passed(), s.reason());
        assertEquals(new BigDecimal("0.85"), s.values().get("BACKBONE_TEACHERS_PER_100"));
        assertEquals(1, s.shortfalls().size());
        // needed: 1 × 2000 / 100 − 17 = 3 teachers
        assertEquals("需增加骨干教师 3 人", s.shortfalls().get(0).message());
    }

    /** Backbone 16 / 2000 × 100 = 0.80 < 0.85: six met but the seventh below 85 % → fails. */
    @Test
    void sixMetAndTheSeventhJustBelow85PercentFails() {
        SchoolResult s = only(primary("A", 16, 20, 16000));
        assertEquals(6, s.metCount());
        assertFalse(s.passed());
        assertTrue(s.reason().contains("低于 85%"), s.reason());
    }

    /** Sports 12740 / 2000 = 6.37 → 84.9 % of 7.5 (85 % is 6.375): fails. */
    @Test
    void nearMissIsJudgedOnTheRoundedValue() {
        SchoolResult s = only(primary("A", 20, 20, 12740));
        assertEquals(new BigDecimal("6.37"), s.values().get("SPORTS_AREA_PER_STUDENT"));
        assertFalse(s.passed());
        // 12750 / 2000 = 6.375 → kept to 2 decimals 6.38 ≥ 6.375 → passes
        assertTrue(only(primary("A", 20, 20, 12750)).passed());
    }

    /** Backbone 0.90 and PE/art 17/2000×100 = 0.85 (both ≥ 85 %) but only five met → fails. */
    @Test
    void fiveMetFailsEvenWhenTheOthersAreClose() {
        SchoolResult s = only(primary("A", 18, 17, 16000));
        assertEquals(5, s.metCount());
        assertFalse(s.passed());
        assertEquals("仅 5 项达标，需至少 6 项", s.reason());
    }

    /**
     * Gaps in resources, rounded up: 800 students, sports 4760 ㎡ → 5.95 ㎡; 7.5 × 800 = 6000 → short 1,240 ㎡.
     * Backbone 5 → 0.63/100; 1 × 800 / 100 = 8 → 3 more. Multimedia 15 → 1.88/100; 2.3 × 8 = 18.4 → 4 more rooms.
     */
    @Test
    void shortfallsNameTheResourcesToAdd() {
        SchoolRow row = SchoolRow.compulsory("S1", "城关小学", "PRIMARY", 800, null, null, 40, 5, 8, 4000, 4760, 1_700_000, 15, false);
        SchoolResult s = only(row);
        List<String> messages = s.shortfalls().stream().map(Assessment.Shortfall::message).toList();
        assertTrue(messages.contains("短缺体育运动场馆 1,240 ㎡"), messages.toString());
        assertTrue(messages.contains("需增加骨干教师 3 人"), messages.toString());
        assertTrue(messages.contains("需增加网络多媒体教室 4 间"), messages.toString());
        // equipment 1,700,000 / 800 = 2125 ≥ 2000; qualified 40/800×100 = 5.00; PE 8 → 1.00; teaching 5.00
        assertEquals(4, s.metCount());
        var sports = s.shortfalls().stream().filter(f -> f.code().equals("SPORTS_AREA_PER_STUDENT")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("1240"), sports.resourceNeeded());
        assertEquals(new BigDecimal("1.55"), sports.gap());
        var check = s.checks().stream().filter(c -> c.code().equals("SPORTS_AREA_PER_STUDENT")).findFirst().orElseThrow();
        assertEquals("4760 ÷ 800 = 5.95 ≈ 5.95", check.explain().computation());
    }

    /**
     * 九年一贯制: 600 primary + 400 junior students; resources apportioned by share (0.6 / 0.4):
     * qualified 50 → 30 / 20; sports 10200 → 6120 / 4080 ㎡; equipment 2,500,000 → 1,500,000 / 1,000,000.
     * Per-student values are therefore equal in both parts (10.20 ㎡, 2500 元, 5.00 per 100), but the junior
     * thresholds are higher: 5.00 < 5.3 qualified teachers (94.3 %) → junior part 6 of 7, still passes;
     * its gap: 5.3 × 400 / 100 − 20 = 1.2 → 2 teachers.
     */
    @Test
    void nineYearSchoolIsSplitByStudentShare() {
        SchoolRow row = SchoolRow.compulsory("N1", "莲湖九年制学校", "NINE_YEAR", null, 600, 400, 50, 10, 10, 6000, 10200,
                2_500_000, 25, false);
        var split = BalancedCompulsoryCalculator.split(row);
        assertEquals(2, split.size());
        assertEquals(CreationStage.PRIMARY, split.get(0).stage());
        assertEquals(0, split.get(0).share().compareTo(new BigDecimal("0.6")));
        Assessment a = assess(List.of(row));
        assertEquals(2, a.schools().size());
        SchoolResult primary = a.schools().get(0);
        SchoolResult junior = a.schools().get(1);
        assertEquals(new BigDecimal("600"), primary.students());
        assertEquals(new BigDecimal("400"), junior.students());
        assertEquals(new BigDecimal("10.20"), primary.values().get("SPORTS_AREA_PER_STUDENT"));
        assertEquals(new BigDecimal("10.20"), junior.values().get("SPORTS_AREA_PER_STUDENT"));
        assertEquals(new BigDecimal("2500.00"), junior.values().get("EQUIPMENT_VALUE_PER_STUDENT"));
        assertEquals(7, primary.metCount());
        assertEquals(6, junior.metCount());
        assertTrue(junior.passed());
        assertEquals("初中部需增加高于规定学历教师 2 人", junior.shortfalls().get(0).message());
        assertTrue(junior.checks().get(0).explain().computation().startsWith("九年一贯制按学生占比拆分：50 × 400 ÷ 1000 = 20"),
                junior.checks().get(0).explain().computation());
        // one school, counted once in the ratio
        assertEquals(1, a.assessedSchools());
        assertEquals(1, a.passingSchools());
    }

    @Test
    void zeroStudentsNeverDivide() {
        SchoolRow empty = SchoolRow.compulsory("Z", "空校", "PRIMARY", 0, null, null, 1, 1, 1, 100, 100, 100, 1, false);
        Assessment a = assess(List.of(empty));
        assertTrue(a.schools().isEmpty());
        assertEquals(1, a.excludedSchools().size());
        assertEquals(CreationVerdict.FAIL, a.verdict());
    }

    @Test
    void smallTeachingPointsAreLeftOutWithAReason() {
        SchoolRow point = SchoolRow.compulsory("T", "南社教学点", "PRIMARY", 32, null, null, 2, 0, 0, 120, 200, 30000, 0, true);
        SchoolRow bigPoint = SchoolRow.compulsory("T2", "北社教学点", "PRIMARY", 60, null, null, 3, 1, 1, 300, 500, 130000, 2, true);
        Assessment a = assess(List.of(primary("A", 20, 20, 16000), point, bigPoint));
        assertEquals(1, a.excludedSchools().size());
        assertEquals("T", a.excludedSchools().get(0).schoolCode());
        assertTrue(a.excludedSchools().get(0).reason().contains("不足 50 人"));
        assertEquals(2, a.assessedSchools());
    }

    /**
     * County: two primary schools of 1000 students each; sports 2000 ㎡ (2.00) and 16000 ㎡ (16.00).
     * X̄ = 18000 / 2000 = 9.00; Σ = 0.5 × 7² + 0.5 × 7² = 49; CV = 7 / 9 = 0.778 > 0.50 → FAIL;
     * every other indicator is equal in both schools → CV 0.000.
     */
    @Test
    void countyFailsWhenOneCvFailsAndNamesTheLowSchools() {
        SchoolRow low = SchoolRow.compulsory("L", "低校", "PRIMARY", 1000, null, null, 50, 10, 10, 5000, 2000, 2_500_000, 25, false);
        SchoolRow high = SchoolRow.compulsory("H", "高校", "PRIMARY", 1000, null, null, 50, 10, 10, 5000, 16000, 2_500_000, 25, false);
        Assessment a = assess(List.of(low, high));
        assertEquals(CreationVerdict.FAIL, a.verdict());
        assertEquals(7, a.indicators().size());
        IndicatorResult sports = a.indicators().stream().filter(i -> i.code().equals("SPORTS_AREA_PER_STUDENT")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("0.778"), sports.cv());
        assertEquals(new BigDecimal("9.00"), sports.value());
        assertFalse(sports.passed());
        assertTrue(sports.shortfall().message().contains("低校 2.00"), sports.shortfall().message());
        assertEquals(new BigDecimal("0.000"), a.indicators().get(0).cv());
        assertEquals("SPORTS_AREA_PER_STUDENT", a.worstIndicator().orElseThrow().code());
        assertEquals(1, a.passingSchools());
        assertEquals(new BigDecimal("0.5000"), a.passingSchoolRatio());
    }

    @Test
    void resourcesPassWhenEverySchoolAndEveryCvPassAndJudgeJuniorAgainst045() {
        SchoolRow p1 = primary("P1", 20, 20, 16000);
        SchoolRow p2 = primary("P2", 22, 20, 17000);
        SchoolRow j1 = SchoolRow.compulsory("J1", "初中一", "JUNIOR", 1000, null, null, 60, 12, 10, 6000, 11000, 2_600_000, 25, false);
        Assessment a = assess(List.of(p1, p2, j1));
        assertEquals(CreationVerdict.PASS, resources(a).verdict(), resources(a).explain().computation());
        assertEquals("RESOURCE_ALLOCATION", resources(a).code());
        assertEquals(14, a.indicators().size());
        IndicatorResult juniorSports = a.indicators().stream()
                .filter(i -> i.stage() == CreationStage.JUNIOR && i.code().equals("SPORTS_AREA_PER_STUDENT")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("0.45"), juniorSports.threshold());
        assertNull(juniorSports.shortfall());
        assertEquals(new BigDecimal("1.0000"), a.passingSchoolRatio());
        // the resource part alone never makes the county: the other parts are not entered yet
        assertEquals(CreationVerdict.FAIL, a.verdict());
    }

    /**
     * The defect of #30, hand-computed: every CV within its limit but one school failing fails the county.
     * P1 (2000 students) meets all seven. P2 (2000 students) has 16 backbone teachers: 16 ÷ 2000 × 100 = 0.80 per
     * 100, six met and the seventh at 80% of 1 (< 85%): P2 fails. The CVs: backbone X̄ = (20 + 16) × 100 ÷ 4000 = 0.90,
     * Σ = 0.5 × 0.1² + 0.5 × 0.1² = 0.01, CV = 0.1 ÷ 0.9 = 0.111 ≤ 0.50; every other indicator is equal (CV 0.000).
     */
    @Test
    void everyCvWithinItsLimitButOneSchoolFailingFailsResourceAllocation() {
        Assessment a = assess(List.of(primary("P1", 20, 20, 16000), primary("P2", 16, 20, 16000)));
        IndicatorResult backbone = a.indicators().stream().filter(i -> i.code().equals("BACKBONE_TEACHERS_PER_100")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("0.111"), backbone.cv());
        assertTrue(a.indicators().stream().allMatch(IndicatorResult::passed));
        assertEquals(1, a.passingSchools());

        PartResult part = resources(a);
        assertEquals(CreationVerdict.FAIL, part.verdict());
        ItemResult schools = part.items().get(0);
        assertEquals("RESOURCE_SCHOOLS", schools.code());
        assertEquals(ItemStatus.NOT_MET, schools.status());
        assertEquals(List.of("P2"), schools.conditions().get(0).schools().stream().map(SchoolFinding::schoolCode).toList());
        assertEquals("学校P2：6 项达标，但余项每百名学生拥有县级以上骨干教师数 为标准的 80%（低于 85%）；未达到：每百名学生拥有县级以上骨干教师数 0.80 人"
                + "（标准 ≥ 1，为标准的 80%）", schools.conditions().get(0).schools().get(0).message());
        assertEquals(ItemStatus.MET, part.items().get(1).status());
        assertTrue(part.explain().computation().contains("达标学校 1/2；未达标学校：学校P2"), part.explain().computation());
        assertEquals(CreationVerdict.FAIL, a.verdict());
    }

    /**
     * And the other way round, hand-computed: every school passing but one CV over its limit fails. Sports grounds
     * 16000 ㎡ and 60000 ㎡ for 2000 students each: 8.00 and 30.00 ㎡ (both ≥ 7.5); X̄ = 76000 ÷ 4000 = 19;
     * Σ = 0.5 × 11² + 0.5 × 11² = 121, CV = 11 ÷ 19 = 0.579 > 0.50.
     */
    @Test
    void everySchoolPassingButOneCvOverItsLimitFailsResourceAllocation() {
        Assessment a = assess(List.of(primary("P1", 20, 20, 16000), primary("P2", 20, 20, 60000)));
        assertEquals(2, a.passingSchools());
        PartResult part = resources(a);
        assertEquals(CreationVerdict.FAIL, part.verdict());
        assertEquals(ItemStatus.MET, part.items().get(0).status());
        ItemResult cvs = part.items().get(1);
        assertEquals(ItemStatus.NOT_MET, cvs.status());
        assertEquals("小学生均体育运动场馆面积差异系数 0.579 > 0.50", cvs.reason());
        ConditionResult sports = cvs.conditions().stream().filter(c -> c.status() == ItemStatus.NOT_MET).findFirst().orElseThrow();
        assertEquals(new BigDecimal("0.579"), sports.value());
        assertTrue(part.explain().computation().contains("达标学校 2/2"), part.explain().computation());
        assertTrue(part.explain().computation().contains("0.579 > 0.50"), part.explain().computation());
    }

    /** A stored set from before the correction, with requireAllSchoolsPass false, is completed from the national one. */
    @Test
    void aSetThatDroppedTheSchoolRuleIsCompletedFromTheNationalOne() {
        StandardContent dropped = new StandardContent(standard.indicators(), standard.schoolRule(), standard.cvRule(),
                standard.exclusions(), new StandardContent.CountyRule(false, null), null, null, null);
        List<SchoolRow> rows = List.of(primary("P1", 20, 20, 16000), primary("P2", 16, 20, 16000));
        assertEquals(CreationVerdict.PASS, BalancedCompulsoryCalculator.assess(dropped, rows, CountyFacts.none(2023)).verdict());
        StandardContent completed = StandardRules.completedFrom(dropped, standard);
        assertTrue(completed.requireAllSchoolsPass());
        assertEquals(3, completed.parts().size());
        assertEquals(CreationVerdict.FAIL, resources(BalancedCompulsoryCalculator.assess(completed, rows, CountyFacts.none(2023))).verdict());
    }
}

package io.dudao.inspection.indicator;

import io.dudao.common.error.FieldError;
import io.dudao.inspection.indicator.IndicatorDtos.SaveIndicator;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorKind;
import io.dudao.inspection.indicator.IndicatorEnums.ThresholdOperator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorTreeTest {

    static SaveIndicator leaf(String name, String max) {
        return new SaveIndicator(null, name, null, max == null ? null : new BigDecimal(max), null, null, null, null, null, null);
    }

    static SaveIndicator parent(String name, String max, SaveIndicator... children) {
        return new SaveIndicator(null, name, null, max == null ? null : new BigDecimal(max), null, null, null, null, null,
                List.of(children));
    }

    static SaveIndicator check(String name, ThresholdOperator op, String threshold) {
        return new SaveIndicator(null, name, null, null, op, threshold == null ? null : new BigDecimal(threshold), "㎡", 1,
                List.of("  台账 ", "台账", ""), null);
    }

    @Test
    void codesFollowTheOrderAtEveryLevel() {
        var result = IndicatorTree.build(IndicatorKind.SCORED, List.of(
                parent("办学方向", null, leaf("党建", "10"), parent("德育", null, leaf("课程", "5"), leaf("活动", "5"))),
                leaf("内部管理", "20")));
        assertTrue(result.valid(), () -> result.errors().toString());
        assertEquals(List.of("1", "1.1", "1.2", "1.2.1", "1.2.2", "2"), List.copyOf(IndicatorTree.all(result.nodes()).keySet()));
        assertEquals(List.of("1.1", "1.2.1", "1.2.2", "2"), List.copyOf(IndicatorTree.leaves(result.nodes()).keySet()));
        assertEquals(0, new BigDecimal("20").compareTo(result.nodes().get(0).maxScore()), "a parent's points are derived");
        assertEquals(0, new BigDecimal("40").compareTo(result.total()));
        assertEquals(4, result.leafCount());
    }

    @Test
    void reorderingRenumbersConsistently() {
        var before = IndicatorTree.build(IndicatorKind.SCORED, List.of(leaf("甲", "10"), parent("乙", "5", leaf("乙一", "5"))));
        var after = IndicatorTree.build(IndicatorKind.SCORED, List.of(parent("乙", "5", leaf("乙一", "5")), leaf("甲", "10")));
        assertEquals("2.1", IndicatorTree.all(before.nodes()).entrySet().stream()
                .filter(e -> e.getValue().name().equals("乙一")).findFirst().orElseThrow().getKey());
        assertEquals("1.1", IndicatorTree.all(after.nodes()).entrySet().stream()
                .filter(e -> e.getValue().name().equals("乙一")).findFirst().orElseThrow().getKey());
        assertEquals("甲", IndicatorTree.all(after.nodes()).get("2").name());
    }

    @Test
    void errorsNameTheNode() {
        var result = IndicatorTree.build(IndicatorKind.SCORED, List.of(
                leaf("甲", "10"),
                parent("乙", "30", leaf("乙一", "10"), leaf("乙二", "15")),
                parent("丙", null, leaf("丙一", null), leaf("丙二", "-1"), leaf("丙三", "1.005"))));
        assertEquals(List.of("indicators[1].maxScore", "indicators[2].children[0].maxScore",
                        "indicators[2].children[1].maxScore", "indicators[2].children[2].maxScore"),
                result.errors().stream().map(FieldError::field).sorted().toList());
        assertTrue(result.errors().stream().anyMatch(e -> e.message().contains("25")), "names the children's sum");
        assertNull(result.total());
    }

    @Test
    void atMostThreeLevelsAndAtLeastOneIndicator() {
        var deep = IndicatorTree.build(IndicatorKind.SCORED, List.of(
                parent("一", null, parent("二", null, parent("三", null, leaf("四", "1"))))));
        assertEquals(List.of("indicators[0].children[0].children[0].children"),
                deep.errors().stream().map(FieldError::field).toList());
        assertEquals("indicators", IndicatorTree.build(IndicatorKind.SCORED, List.of()).errors().get(0).field());
    }

    @Test
    void thresholdItemsHaveNoPointsAndAConsistentOperator() {
        var ok = IndicatorTree.build(IndicatorKind.THRESHOLD, List.of(
                check("生均教学及辅助用房面积", ThresholdOperator.GE, "4.5"), check("校务管理", null, null)));
        assertTrue(ok.valid(), () -> ok.errors().toString());
        assertNull(ok.total());
        assertEquals(List.of("台账"), ok.nodes().get(0).evidenceRequired(), "evidence is trimmed and de-duplicated");
        var bad = IndicatorTree.build(IndicatorKind.THRESHOLD, List.of(
                leaf("有分值", "5"), check("缺阈值", ThresholdOperator.LE, null), check("缺比较方式", null, "1")));
        assertEquals(List.of("indicators[0].maxScore", "indicators[1].threshold", "indicators[2].operator"),
                bad.errors().stream().map(FieldError::field).toList());
        var scoredWithThreshold = IndicatorTree.build(IndicatorKind.SCORED, List.of(
                new SaveIndicator(null, "x", null, BigDecimal.ONE, ThresholdOperator.GE, BigDecimal.ONE, null, null, null, null)));
        assertEquals("indicators[0].operator", scoredWithThreshold.errors().get(0).field());
    }
}

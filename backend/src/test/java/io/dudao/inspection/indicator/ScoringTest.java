package io.dudao.inspection.indicator;

import io.dudao.common.error.FieldError;
import io.dudao.inspection.indicator.IndicatorDtos.GradeBandDto;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorKind;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorTargetType;
import io.dudao.inspection.indicator.IndicatorEnums.ThresholdOperator;
import io.dudao.inspection.indicator.Scoring.ScoreInput;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.dudao.inspection.indicator.IndicatorTreeTest.leaf;
import static io.dudao.inspection.indicator.IndicatorTreeTest.parent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringTest {

    private static ScoringModel scored() {
        var tree = IndicatorTree.build(IndicatorKind.SCORED, List.of(parent("办学", null, leaf("方向", "40"), leaf("管理", "20")),
                leaf("条件", "40")));
        var bands = GradeBands.validate(IndicatorKind.SCORED, List.of(new GradeBandDto("A", new BigDecimal("85")),
                new GradeBandDto("B", new BigDecimal("60")), new GradeBandDto("C", BigDecimal.ZERO)), tree.total());
        return new ScoringModel(1, 1, "测试", IndicatorKind.SCORED, IndicatorTargetType.SCHOOL, true, tree.nodes(),
                bands.bands(), tree.total());
    }

    private static ScoringModel threshold() {
        var tree = IndicatorTree.build(IndicatorKind.THRESHOLD, List.of(
                new IndicatorDtos.SaveIndicator(null, "差异系数", null, null, ThresholdOperator.LE, new BigDecimal("0.50"),
                        null, 3, null, null),
                leaf("校务管理", null)));
        return new ScoringModel(2, 1, "达标", IndicatorKind.THRESHOLD, IndicatorTargetType.COUNTY, true, tree.nodes(), List.of(), null);
    }

    private static ScoreInput s(String code, String score) {
        return new ScoreInput(code, score == null ? null : new BigDecimal(score), null, null);
    }

    @Test
    void totalsAndGradeOnceComplete() {
        var partial = Scoring.evaluate(scored(), List.of(s("1.1", "40"), s("2", "40")));
        assertEquals(List.of("1.2"), partial.missing());
        assertNull(partial.grade(), "no grade until every leaf is scored");
        assertEquals(0, new BigDecimal("80").compareTo(partial.total()));

        var onTheLine = Scoring.evaluate(scored(), List.of(s("2", "35"), s("1.1", "40"), s("1.2", "10")));
        assertEquals("A", onTheLine.grade());
        assertEquals(List.of("1.1", "1.2", "2"), onTheLine.entries().stream().map(ScoreEntry::indicatorCode).toList(),
                "entries come back in tree order");
        assertEquals("B", Scoring.evaluate(scored(), List.of(s("2", "34.99"), s("1.1", "40"), s("1.2", "10"))).grade());
    }

    @Test
    void invalidScoresNameTheEntry() {
        var result = Scoring.evaluate(scored(), List.of(s("1.1", "41"), s("9.9", "1"), s("1", "10"), s("2", "-1"),
                s("1.2", "1.234"), s("1.1", "1")));
        assertEquals(List.of("scores[0].score", "scores[1].indicatorCode", "scores[2].indicatorCode", "scores[3].score",
                        "scores[4].score", "scores[5].indicatorCode"),
                result.errors().stream().map(FieldError::field).toList());
        assertTrue(result.errors().get(0).message().contains("1.1"));
        assertTrue(result.errors().get(1).message().contains("9.9"));
        assertEquals("scores[0].passed", Scoring.evaluate(scored(), List.of(new ScoreInput("2", null, true, null)))
                .errors().get(0).field(), "points, not pass/fail, for a scored system");
    }

    @Test
    void thresholdItemsPassByOperatorAfterRoundingOrByJudgement() {
        var pass = Scoring.evaluate(threshold(), List.of(s("1", "0.5004"), new ScoreInput("2", null, true, "好")));
        assertTrue(pass.errors().isEmpty(), () -> pass.errors().toString());
        assertEquals(Scoring.PASS, pass.grade());
        assertEquals(new BigDecimal("0.500"), pass.entries().get(0).score(), "kept to the item's 3 decimals");
        var fail = Scoring.evaluate(threshold(), List.of(s("1", "0.5005"), new ScoreInput("2", null, true, null)));
        assertFalse(fail.entries().get(0).passed());
        assertEquals(Scoring.FAIL, fail.grade());
        assertEquals(1, fail.failedCount());

        var wrong = Scoring.evaluate(threshold(), List.of(new ScoreInput("1", new BigDecimal("0.7"), true, null),
                s("2", "1")));
        assertEquals(List.of("scores[0].passed", "scores[1].score"), wrong.errors().stream().map(FieldError::field).toList());
        assertEquals("scores[0].passed", Scoring.evaluate(threshold(), List.of(new ScoreInput("2", null, null, null)))
                .errors().get(0).field(), "a judgement item needs passed");
    }

    @Test
    void noSystemMeansNoScores() {
        assertTrue(Scoring.evaluate(null, List.of()).errors().isEmpty());
        assertEquals("scores", Scoring.evaluate(null, List.of(s("1", "1"))).errors().get(0).field());
    }
}

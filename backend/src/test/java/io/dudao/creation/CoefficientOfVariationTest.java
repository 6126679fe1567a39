package io.dudao.creation;

import io.dudao.creation.engine.CoefficientOfVariation;
import io.dudao.creation.engine.CoefficientOfVariation.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoefficientOfVariationTest {

    private static Unit unit(String name, int students, int resource) {
        return new Unit(name, BigDecimal.valueOf(students), BigDecimal.valueOf(resource));
    }

    /**
     * Worked example (生均体育运动场馆面积, 3 primary schools):
     * <pre>
     *   A: n = 200, area = 2000 ㎡ → x = 10     weight 200/1000 = 0.2
     *   B: n = 300, area = 1500 ㎡ → x = 5      weight 0.3
     *   C: n = 500, area = 5000 ㎡ → x = 10     weight 0.5
     *   N = 1000, total = 8500 ㎡ → X̄ = 8500 / 1000 = 8.5
     *   Σ (nᵢ/N)(xᵢ − X̄)² = 0.2 × 1.5² + 0.3 × (−3.5)² + 0.5 × 1.5²
     *                     = 0.45 + 3.675 + 1.125 = 5.25
     *   CV = sqrt(5.25) / 8.5 = 2.2912878 / 8.5 = 0.2695633 → 0.270
     * </pre>
     */
    @Test
    void workedExampleByHand() {
        var r = CoefficientOfVariation.compute(List.of(unit("A", 200, 2000), unit("B", 300, 1500), unit("C", 500, 5000)),
                BigDecimal.ONE, 3);
        assertEquals(0, r.countyValue().compareTo(new BigDecimal("8.5")));
        assertEquals(new BigDecimal("0.270"), r.cv());
        assertEquals(0.2695633, r.cvRaw().doubleValue(), 1e-7);
        assertTrue(r.explain().computation().contains("sqrt(5.25)"), r.explain().computation());
        assertTrue(r.explain().computation().contains("≈ 0.270"), r.explain().computation());
        assertEquals(BigDecimal.valueOf(1000), r.explain().inputs().get("N"));
    }

    /**
     * Per-100 scaling (骨干教师 per 100 students): A has 1 teacher for 100 students (x = 1), B has 19 for
     * 100 (x = 19). X̄ = 20 × 100 / 200 = 10; Σ = 0.5 × 81 + 0.5 × 81 = 81; CV = 9 / 10 = 0.900.
     */
    @Test
    void perHundredIndicatorsScaleTheCountyValueTheSameWay() {
        var r = CoefficientOfVariation.compute(List.of(unit("A", 100, 1), unit("B", 100, 19)), BigDecimal.valueOf(100), 3);
        assertEquals(0, r.countyValue().compareTo(BigDecimal.TEN));
        assertEquals(new BigDecimal("0.900"), r.cv());
    }

    @Test
    void allEqualValuesGiveZero() {
        var r = CoefficientOfVariation.compute(List.of(unit("A", 100, 750), unit("B", 300, 2250), unit("C", 50, 375)),
                BigDecimal.ONE, 3);
        assertEquals(new BigDecimal("0.000"), r.cv());
    }

    @Test
    void oneSchoolGivesZero() {
        var r = CoefficientOfVariation.compute(List.of(unit("A", 437, 3011)), BigDecimal.ONE, 3);
        assertEquals(new BigDecimal("0.000"), r.cv());
    }

    @Test
    void noResourceOrNoStudentsIsUndefinedNotADivisionByZero() {
        var zeroResource = CoefficientOfVariation.compute(List.of(unit("A", 100, 0), unit("B", 200, 0)), BigDecimal.ONE, 3);
        assertNull(zeroResource.cv());
        assertEquals(0, zeroResource.countyValue().signum());
        var noStudents = CoefficientOfVariation.compute(List.of(), BigDecimal.ONE, 3);
        assertNull(noStudents.cv());
        assertNull(noStudents.countyValue());
    }

    /** Kept to 3 decimals HALF_UP: sqrt(0.25 × 1.0201...) style values round as the method says. */
    @Test
    void roundsHalfUpToThreeDecimals() {
        // A: n=1, x=0; B: n=1, x=2 → X̄ = 1, Σ = 0.5 + 0.5 = 1, CV = 1.000
        var r = CoefficientOfVariation.compute(List.of(unit("A", 1, 0), unit("B", 1, 2)), BigDecimal.ONE, 3);
        assertEquals(new BigDecimal("1.000"), r.cv());
        // A: n=3, x=1; B: n=1, x=2 → X̄ = 5/4 = 1.25; Σ = 0.75×0.0625 + 0.25×0.5625 = 0.1875; sqrt = 0.4330127; CV = 0.3464102 → 0.346
        var s = CoefficientOfVariation.compute(List.of(unit("A", 3, 3), unit("B", 1, 2)), BigDecimal.ONE, 3);
        assertEquals(new BigDecimal("0.346"), s.cv());
    }
}

package io.dudao.inspection.indicator;

import io.dudao.common.error.FieldError;
import io.dudao.inspection.indicator.IndicatorDtos.GradeBandDto;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradeBandsTest {

    static GradeBandDto band(String grade, String min) {
        return new GradeBandDto(grade, new BigDecimal(min));
    }

    private static final List<GradeBandDto> SCHOOL_316 = List.of(band("B", "700"), band("A", "850"), band("D", "0"), band("C", "600"));
    private static final List<GradeBandDto> GOVERNMENT = List.of(band("优秀", "90"), band("良好", "80"), band("合格", "65"), band("不合格", "0"));

    private static String grade(List<GradeBandDto> input, String total, String score) {
        var result = GradeBands.validate(IndicatorKind.SCORED, input, new BigDecimal(total));
        assertTrue(result.errors().isEmpty(), () -> result.errors().toString());
        return GradeBands.grade(result.bands(), new BigDecimal(score));
    }

    @Test
    void aScoreOnTheCutOffEarnsTheHigherGrade() {
        assertEquals("A", grade(SCHOOL_316, "1000", "850"));
        assertEquals("B", grade(SCHOOL_316, "1000", "849.99"));
        assertEquals("B", grade(SCHOOL_316, "1000", "700"));
        assertEquals("C", grade(SCHOOL_316, "1000", "699.5"));
        assertEquals("C", grade(SCHOOL_316, "1000", "600"));
        assertEquals("D", grade(SCHOOL_316, "1000", "599.99"));
        assertEquals("D", grade(SCHOOL_316, "1000", "0"));
        assertEquals("A", grade(SCHOOL_316, "1000", "1000"));
    }

    @Test
    void governmentDutyBands() {
        assertEquals("优秀", grade(GOVERNMENT, "100", "90"));
        assertEquals("良好", grade(GOVERNMENT, "100", "89.99"));
        assertEquals("良好", grade(GOVERNMENT, "100", "80"));
        assertEquals("合格", grade(GOVERNMENT, "100", "79"));
        assertEquals("合格", grade(GOVERNMENT, "100", "65"));
        assertEquals("不合格", grade(GOVERNMENT, "100", "64.99"));
    }

    @Test
    void bandsAreCheckedAndNamed() {
        var result = GradeBands.validate(IndicatorKind.SCORED,
                List.of(band("A", "85"), band("A", "70"), band("C", "120"), band("D", "85")), new BigDecimal("100"));
        assertEquals(List.of("gradeBands[1].grade", "gradeBands[2].minScore", "gradeBands[3].minScore"),
                result.errors().stream().map(FieldError::field).toList());
        var noFloor = GradeBands.validate(IndicatorKind.SCORED, List.of(band("合格", "60")), new BigDecimal("100"));
        assertEquals("gradeBands", noFloor.errors().get(0).field());
        var threshold = GradeBands.validate(IndicatorKind.THRESHOLD, List.of(band("达标", "0")), null);
        assertEquals("gradeBands", threshold.errors().get(0).field());
        assertTrue(GradeBands.validate(IndicatorKind.SCORED, null, BigDecimal.TEN).errors().isEmpty(), "bands are optional");
    }
}

package io.dudao.creation;

import io.dudao.common.error.FieldError;
import io.dudao.creation.engine.CountyReturn;
import io.dudao.creation.engine.CountyReturn.Judgement;
import io.dudao.creation.engine.CountyReturn.MonitoringSubject;
import io.dudao.creation.engine.CountyReturn.VetoRecord;
import io.dudao.creation.engine.CountyValidator;
import io.dudao.creation.engine.StandardContent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.dudao.creation.CountyFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountyValidatorTest {

    private final StandardContent standard = Standards.balanced2017();

    @Test
    void thePassingFixtureIsValid() {
        var r = CountyValidator.validate(standard, CountyFixtures.passing(standard), 2023, true);
        assertTrue(r.ok(), r.errors().toString());
    }

    /**
     * Every problem at once: a rate over 100% (more approving than respondents), a negative count, a fractional count,
     * an amount with an extreme exponent, an unknown key, a recognition year after the year assessed, a monitoring level
     * of 5 and a difference rate above 1, a judgement of an item that needs none, a judgement of met without evidence,
     * a veto without evidence or description, and a veto the standard does not name.
     */
    @Test
    void everyProblemIsListed() {
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        inputs.put("surveyRespondents", dec(1000));
        inputs.put("surveyApproving", dec(1200));
        inputs.put("rotatedTeachers", dec(-3));
        inputs.put("teachersDue360Hours", new BigDecimal("12.5"));
        inputs.put("specialSchoolFundsPerPupilYuan", new BigDecimal("1e-999999999"));
        inputs.put("bribes", dec(1));
        inputs.put("basicBalanceRecognisedYear", dec(2024));
        CountyReturn data = new CountyReturn(inputs,
                List.of(new MonitoringSubject("四年级数学", dec(5), new BigDecimal("1.2"))),
                List.of(new Judgement("GOV_11", true, "按文件", List.of(1L)), new Judgement("GOV_01", true, "已核查", List.of())),
                List.of(new VetoRecord("EXAM_ADMISSION", " ", List.of()), new VetoRecord("BAD_WEATHER", "大雨", List.of(2L))));
        var r = CountyValidator.validate(standard, data, 2023, true);
        assertEquals(List.of("inputs.rotatedTeachers", "inputs.teachersDue360Hours", "inputs.specialSchoolFundsPerPupilYuan",
                        "inputs.bribes", "inputs.basicBalanceRecognisedYear", "inputs.surveyApproving", "monitoring[0].level",
                        "monitoring[0].differenceRate", "judgements[0].itemCode", "judgements[1].attachmentIds", "vetoes[0].description",
                        "vetoes[0].attachmentIds", "vetoes[1].code"),
                r.errors().stream().map(FieldError::field).toList(), r.errors().toString());
        Map<String, String> messages = new LinkedHashMap<>();
        r.errors().forEach(e -> messages.put(e.field(), e.message()));
        assertEquals("其中表示认可的问卷数不能超过社会认可度调查有效问卷数 1000（社会认可度不能超过 100%）", messages.get("inputs.surveyApproving"));
        assertEquals("不能为负数", messages.get("inputs.rotatedTeachers"));
        assertEquals("特殊教育学校生均公用经费最多保留 4 位小数", messages.get("inputs.specialSchoolFundsPerPupilYuan"));
        assertEquals("年份须在 2000 到 2023 之间", messages.get("inputs.basicBalanceRecognisedYear"));
        assertEquals("评定为达到须附佐证材料", messages.get("judgements[1].attachmentIds"));
        assertEquals("一票否决情形须附佐证材料", messages.get("vetoes[0].attachmentIds"));
    }

    /** A what-if saves nothing, so it needs no evidence; the numbers are checked all the same. */
    @Test
    void aWhatIfNeedsNoEvidence() {
        CountyReturn data = new CountyReturn(Map.of("rotatedTeachers", dec(5), "rotationEligibleTeachers", dec(4)), List.of(),
                List.of(new Judgement("GOV_01", true, "模拟", List.of())), List.of(new VetoRecord("EXAM_ADMISSION", null, List.of())));
        var r = CountyValidator.validate(standard, data, 2023, false);
        assertEquals(List.of("inputs.rotatedTeachers"), r.errors().stream().map(FieldError::field).toList());
    }
}

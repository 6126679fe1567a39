package io.dudao.creation;

import io.dudao.common.error.FieldError;
import io.dudao.creation.engine.CreationEnums.ConditionKind;
import io.dudao.creation.engine.CreationEnums.CreationKind;
import io.dudao.creation.engine.CreationEnums.CreationStage;
import io.dudao.creation.engine.StandardContent;
import io.dudao.creation.engine.StandardContent.Threshold;
import io.dudao.creation.engine.StandardRules;
import io.dudao.creation.engine.StandardRules.IndicatorOverride;
import io.dudao.creation.engine.StandardRules.Overrides;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandardRulesTest {

    @Test
    void theSeedsAreComplete() {
        assertTrue(StandardRules.completenessProblems(CreationKind.BALANCED_COMPULSORY, Standards.balanced2017()).isEmpty());
        assertTrue(StandardRules.completenessProblems(CreationKind.INCLUSIVE_PRESCHOOL, Standards.preschool2020()).isEmpty());
        assertEquals(new BigDecimal("10.2"), Standards.balanced2017().require("SPORTS_AREA_PER_STUDENT").threshold(CreationStage.JUNIOR));
    }

    @Test
    void aCopyMayTightenButNeverLoosen() {
        StandardContent base = Standards.balanced2017();
        var tightened = StandardRules.tighten(base, new Overrides(
                List.of(new IndicatorOverride("SPORTS_AREA_PER_STUDENT", List.of(new Threshold(CreationStage.PRIMARY, new BigDecimal("8.0"), null)))),
                null, List.of(new Threshold(CreationStage.PRIMARY, new BigDecimal("0.45"), null)), null, null));
        assertTrue(tightened.errors().isEmpty(), tightened.errors().toString());
        assertEquals(new BigDecimal("8.0"), tightened.content().require("SPORTS_AREA_PER_STUDENT").threshold(CreationStage.PRIMARY));
        assertEquals(new BigDecimal("10.2"), tightened.content().require("SPORTS_AREA_PER_STUDENT").threshold(CreationStage.JUNIOR));
        assertEquals(new BigDecimal("0.45"), tightened.content().cvRule().max(CreationStage.PRIMARY));

        var loosened = StandardRules.tighten(base, new Overrides(
                List.of(new IndicatorOverride("SPORTS_AREA_PER_STUDENT", List.of(new Threshold(CreationStage.PRIMARY, new BigDecimal("7.0"), null))),
                        new IndicatorOverride("NO_SUCH", List.of())),
                new StandardContent.SchoolRule(5, new BigDecimal("0.80")),
                List.of(new Threshold(CreationStage.JUNIOR, new BigDecimal("0.60"), null)),
                new StandardContent.Exclusions(100), null));
        assertEquals(List.of("indicators[0].thresholds[0].value", "indicators[1].code", "schoolRule.minMet",
                "schoolRule.nearMissRatio", "cvThresholds[0].value", "exclusions.teachingPointMinStudents"),
                loosened.errors().stream().map(FieldError::field).toList());
    }

    /**
     * A local set may tighten the items' thresholds and add items and vetoes, never loosen a threshold or drop the
     * method's rule that every school pass.
     */
    @Test
    void aLocalSetMayAddRulesButNeverDropTheMethods() {
        StandardContent base = Standards.balanced2017();
        var stricter = StandardRules.tighten(base, new Overrides(null, null, null, null, null,
                List.of(new StandardRules.ConditionOverride("GOV_05", "CLASS_SIZE_PRIMARY", new BigDecimal("40")),
                        new StandardRules.ConditionOverride("RECOGNITION_01", "SOCIAL_RECOGNITION_RATE", new BigDecimal("90"))),
                List.of(new StandardRules.AddedItem("EDUCATION_QUALITY", "WEINAN_PSYCHOLOGY", "每所学校配备心理辅导室", "渭南市教督办〔2023〕X号",
                        List.of(new StandardContent.Condition(ConditionKind.JUDGEMENT, null, null, null, null, "每所学校有心理辅导室")))),
                List.of(new StandardContent.Veto("WEINAN_PAID_TUTORING", "在职教师有偿补课", "渭南市教督办〔2023〕X号"))));
        assertTrue(stricter.errors().isEmpty(), stricter.errors().toString());
        StandardContent c = stricter.content();
        assertEquals(new BigDecimal("40"), c.item("GOV_05").orElseThrow().conditions().get(0).threshold());
        assertEquals(new BigDecimal("50"), c.item("GOV_05").orElseThrow().conditions().get(1).threshold());
        assertEquals(10, c.parts().get(1).items().size());
        assertEquals(10, c.item("WEINAN_PSYCHOLOGY").orElseThrow().number());
        assertEquals(7, c.vetoList().size());
        assertTrue(c.requireAllSchoolsPass());
        assertTrue(StandardRules.completenessProblems(CreationKind.BALANCED_COMPULSORY, c).isEmpty());

        var looser = StandardRules.tighten(base, new Overrides(null, null, null, null, new StandardContent.CountyRule(false, null),
                List.of(new StandardRules.ConditionOverride("GOV_05", "CLASS_SIZE_PRIMARY", new BigDecimal("50")),
                        new StandardRules.ConditionOverride("GOV_05", "NO_SUCH", BigDecimal.ONE)),
                List.of(new StandardRules.AddedItem("NO_PART", "gov_01", " ", "", List.of())),
                List.of(new StandardContent.Veto("EXAM_ADMISSION", "重复", "x"))));
        assertEquals(List.of("countyRule.requireAllSchoolsPass", "conditions[0].threshold", "conditions[1].measure",
                "addedItems[0].partCode", "addedItems[0].code", "addedItems[0].name", "addedItems[0].sourceNote",
                "addedItems[0].conditions", "addedVetoes[0].code"), looser.errors().stream().map(FieldError::field).toList());
        assertEquals("只能收紧标准：不得高于所依据标准的 45", looser.errors().get(1).message());
    }

    @Test
    void aNationalSetWithoutTheMethodsRulesIsIncomplete() {
        StandardContent base = Standards.balanced2017();
        StandardContent dropped = base.withCountyRule(new StandardContent.CountyRule(false, null)).withCountyRules(null, null, null);
        assertEquals(List.of("the method requires every school to pass: countyRule.requireAllSchoolsPass must be true",
                "missing part GOVERNMENT_SUPPORT", "missing part EDUCATION_QUALITY", "missing part SOCIAL_RECOGNITION",
                "vetoes and the precondition are required"), StandardRules.completenessProblems(CreationKind.BALANCED_COMPULSORY, dropped));
    }
}

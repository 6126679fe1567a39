package io.dudao.creation;

import io.dudao.common.error.FieldError;
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
}

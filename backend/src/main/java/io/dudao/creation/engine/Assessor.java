package io.dudao.creation.engine;

import io.dudao.creation.engine.CountyPartsCalculator.CountyFacts;
import io.dudao.creation.engine.CreationEnums.CreationKind;

import java.math.BigDecimal;
import java.util.List;

/** Picks the calculator of the programme's kind. Pure. */
public final class Assessor {

    private Assessor() {
    }

    public static Assessment assess(CreationKind kind, StandardContent standard, List<SchoolRow> rows, BigDecimal childPopulation3to5,
                                    CountyFacts county) {
        return kind == CreationKind.BALANCED_COMPULSORY ? BalancedCompulsoryCalculator.assess(standard, rows, county)
                : PreschoolCalculator.assess(standard, rows, childPopulation3to5, county);
    }
}

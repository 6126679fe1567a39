package io.dudao.inspection.indicator;

import java.math.BigDecimal;

/** Points as the API shows them: 1000.00 from the database reads 1000, 84.50 reads 84.5. */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal normal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

package io.dudao.common.json;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How large and how fine a decimal input may be: at most {@code integerDigits} digits before the
 * point and {@code fractionDigits} after it (trailing zeros do not count). The check reads only the
 * number's precision and scale, so {@code 1E-700000000} or {@code 1e400} are refused in constant
 * time instead of reaching arithmetic that would spend minutes (or gigabytes) on them.
 */
public record NumberBounds(int integerDigits, int fractionDigits) {

    /** Every decimal the API takes unless its field declares otherwise with {@code @Digits}. */
    public static final NumberBounds DEFAULT = new NumberBounds(12, 4);

    /** The value with at most {@code fractionDigits} decimals, or empty when it is out of bounds. */
    public Optional<BigDecimal> admit(BigDecimal value) {
        if (value.signum() == 0) {
            return Optional.of(BigDecimal.ZERO);
        }
        if ((long) value.precision() - value.scale() > integerDigits) {
            return Optional.empty();
        }
        if (value.scale() < 0) {
            return Optional.of(value.setScale(0)); // 1e3 reads 1000, not 1E+3
        }
        if (value.scale() <= fractionDigits) {
            return Optional.of(value);
        }
        // 1.50000 is 1.5: only significant decimals count (cheap now that the magnitude is known to be small)
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > fractionDigits) {
            return Optional.empty();
        }
        return Optional.of(value.setScale(Math.max(stripped.scale(), 0), RoundingMode.UNNECESSARY));
    }

    public String messageZh() {
        return "数值超出范围：最多 " + integerDigits + " 位整数" + (fractionDigits == 0 ? "，不能有小数" : "、" + fractionDigits + " 位小数");
    }

    public String messageEn() {
        return "out of range: at most " + integerDigits + " integer digits"
                + (fractionDigits == 0 ? " and no decimals" : " and " + fractionDigits + " decimals");
    }
}

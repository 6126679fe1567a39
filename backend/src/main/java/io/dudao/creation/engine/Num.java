package io.dudao.creation.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Decimal arithmetic for the calculators: exact inputs, 34-digit intermediates, HALF_UP where kept. */
public final class Num {

    public static final MathContext MC = MathContext.DECIMAL128;
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Num() {
    }

    public static BigDecimal div(BigDecimal a, BigDecimal b) {
        return a.divide(b, MC);
    }

    public static BigDecimal round(BigDecimal v, int scale) {
        return v == null ? null : v.setScale(scale, RoundingMode.HALF_UP);
    }

    public static BigDecimal ceil(BigDecimal v) {
        return v.setScale(0, RoundingMode.CEILING);
    }

    /** For the explain text: at most 4 decimals, no trailing zeros. */
    public static String s(BigDecimal v) {
        if (v == null) {
            return "—";
        }
        BigDecimal r = v.scale() > 4 ? v.setScale(4, RoundingMode.HALF_UP) : v;
        r = r.stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0).toPlainString() : r.toPlainString();
    }

    /** Whole numbers with thousands separators: 1,240. */
    public static String grouped(BigDecimal whole) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(whole);
    }

    public static boolean isWhole(BigDecimal v) {
        return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
    }
}

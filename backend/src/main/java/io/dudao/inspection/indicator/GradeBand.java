package io.dudao.inspection.indicator;

import java.math.BigDecimal;

/** A grade and the lowest total that earns it (stored with the system; applied highest first). */
public record GradeBand(String grade, BigDecimal minScore) {
}

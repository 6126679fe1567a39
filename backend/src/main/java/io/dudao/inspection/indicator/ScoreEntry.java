package io.dudao.inspection.indicator;

import java.math.BigDecimal;

/**
 * One scored leaf of a report (stored with the report): points for SCORED systems, the measured value
 * and/or the pass/fail conclusion for THRESHOLD systems, and the inspector's remark.
 */
public record ScoreEntry(String indicatorCode, BigDecimal score, Boolean passed, String remark) {
}

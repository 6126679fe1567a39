package io.dudao.inspection.indicator;

import java.math.BigDecimal;

/** The vocabularies of indicator systems (指标体系). */
public final class IndicatorEnums {

    private IndicatorEnums() {
    }

    /** 评分类 (weighted scores adding up to a total) or 达标类 (each item passes or fails). */
    public enum IndicatorKind {
        SCORED, THRESHOLD
    }

    /** What a system evaluates: a school (督学) or a county government (督政). */
    public enum IndicatorTargetType {
        SCHOOL, COUNTY
    }

    public enum IndicatorSystemStatus {
        DRAFT, PUBLISHED
    }

    /** How a measured value is compared with a threshold item's threshold: value OP threshold passes. */
    public enum ThresholdOperator {
        GE, GT, LE, LT, EQ;

        public boolean passes(BigDecimal value, BigDecimal threshold) {
            int c = value.compareTo(threshold);
            return switch (this) {
                case GE -> c >= 0;
                case GT -> c > 0;
                case LE -> c <= 0;
                case LT -> c < 0;
                case EQ -> c == 0;
            };
        }

        public String symbol() {
            return switch (this) {
                case GE -> "≥";
                case GT -> ">";
                case LE -> "≤";
                case LT -> "<";
                case EQ -> "=";
            };
        }
    }
}

package io.dudao.creation.engine;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The creation programmes' vocabularies (names are distinct so the contract's schemas never collide). */
public final class CreationEnums {

    private CreationEnums() {
    }

    /** 两个创建: 县域义务教育优质均衡 and 学前教育普及普惠. */
    @Schema(name = "CreationKind")
    public enum CreationKind {
        BALANCED_COMPULSORY, INCLUSIVE_PRESCHOOL
    }

    /** What an assessed unit or a threshold belongs to: 小学, 初中 or 学前 (county-wide or per kindergarten). */
    @Schema(name = "CreationStage")
    public enum CreationStage {
        PRIMARY, JUNIOR, PRESCHOOL
    }

    /** The stage of a compulsory school row; NINE_YEAR is split into PRIMARY and JUNIOR for assessment. */
    @Schema(name = "CreationRowStage")
    public enum CreationRowStage {
        PRIMARY, JUNIOR, NINE_YEAR
    }

    @Schema(name = "KindergartenOwnership", description = "PUBLIC 公办, PRIVATE_INCLUSIVE 普惠性民办, PRIVATE 非普惠性民办")
    public enum KindergartenOwnership {
        PUBLIC, PRIVATE_INCLUSIVE, PRIVATE
    }

    @Schema(name = "CreationComparison", description = "AT_LEAST: value ≥ threshold; AT_MOST: value ≤ threshold; BELOW: value < threshold")
    public enum CreationComparison {
        AT_LEAST, AT_MOST, BELOW;

        public boolean met(java.math.BigDecimal value, java.math.BigDecimal threshold) {
            if (value == null) {
                return false;
            }
            int c = value.compareTo(threshold);
            return switch (this) {
                case AT_LEAST -> c >= 0;
                case AT_MOST -> c <= 0;
                case BELOW -> c < 0;
            };
        }

        public String symbol() {
            return switch (this) {
                case AT_LEAST -> "≥";
                case AT_MOST -> "≤";
                case BELOW -> "<";
            };
        }

        /** Whether a stricter value is a larger one (a minimum) rather than a smaller one (a maximum). */
        public boolean isMinimum() {
            return this == AT_LEAST;
        }
    }

    @Schema(name = "CreationVerdict")
    public enum CreationVerdict {
        PASS, FAIL
    }

    @Schema(name = "CreationMeasure", description = "CV: the between-school coefficient of variation is judged; VALUE: the county value itself")
    public enum CreationMeasure {
        CV, VALUE
    }

    /**
     * The three kinds of rule of the 优质均衡 items: a county figure against a threshold, a rule every
     * school must meet on its own data, and an assessor's judgement with evidence.
     */
    @Schema(name = "CreationConditionKind", description = "COUNTY_FIGURE: a county figure against a threshold; EVERY_SCHOOL: every school's "
            + "value against a threshold; JUDGEMENT: an assessor's judgement with evidence")
    public enum ConditionKind {
        COUNTY_FIGURE, EVERY_SCHOOL, JUDGEMENT
    }

    @Schema(name = "CreationItemStatus", description = "MET 达到, NOT_MET 未达到, MISSING 数据或评定尚未填报")
    public enum ItemStatus {
        MET, NOT_MET, MISSING;

        /** The status of several together: any NOT_MET, else any MISSING, else MET. */
        public static ItemStatus all(java.util.Collection<ItemStatus> statuses) {
            if (statuses.contains(NOT_MET)) {
                return NOT_MET;
            }
            return statuses.contains(MISSING) ? MISSING : MET;
        }

        public static ItemStatus of(boolean met) {
            return met ? MET : NOT_MET;
        }
    }
}

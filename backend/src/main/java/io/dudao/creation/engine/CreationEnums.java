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

    @Schema(name = "CreationComparison", description = "AT_LEAST: value ≥ threshold; AT_MOST: value ≤ threshold")
    public enum CreationComparison {
        AT_LEAST, AT_MOST;

        public boolean met(java.math.BigDecimal value, java.math.BigDecimal threshold) {
            if (value == null) {
                return false;
            }
            int c = value.compareTo(threshold);
            return this == AT_LEAST ? c >= 0 : c <= 0;
        }

        public String symbol() {
            return this == AT_LEAST ? "≥" : "≤";
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
}

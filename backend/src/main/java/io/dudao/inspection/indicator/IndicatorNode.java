package io.dudao.inspection.indicator;

import io.dudao.inspection.indicator.IndicatorEnums.ThresholdOperator;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator of a stored tree (part of the indicator_system.indicators document). The code
 * ("1", "1.2", "1.2.3") always follows the position; a parent's maxScore is its children's sum.
 */
public record IndicatorNode(
        String code,
        String name,
        String description,
        BigDecimal maxScore,
        ThresholdOperator operator,
        BigDecimal threshold,
        String unit,
        Integer precision,
        List<String> evidenceRequired,
        List<IndicatorNode> children) {

    public boolean leaf() {
        return children == null || children.isEmpty();
    }

    public List<IndicatorNode> childList() {
        return children == null ? List.of() : children;
    }
}

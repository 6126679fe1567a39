package io.dudao.inspection.indicator;

import io.dudao.inspection.indicator.IndicatorEnums.IndicatorKind;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorTargetType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What a report needs of the indicator system version it is scored with. */
public record ScoringModel(long systemId, int version, String name, IndicatorKind kind, IndicatorTargetType targetType,
                           boolean published, List<IndicatorNode> indicators, List<GradeBand> bands, BigDecimal totalScore) {

    public Map<String, IndicatorNode> leaves() {
        return IndicatorTree.leaves(indicators);
    }

    public Map<String, IndicatorNode> nodes() {
        return IndicatorTree.all(indicators);
    }
}

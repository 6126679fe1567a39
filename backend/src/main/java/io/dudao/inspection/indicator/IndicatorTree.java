package io.dudao.inspection.indicator;

import io.dudao.common.error.FieldError;
import io.dudao.inspection.indicator.IndicatorDtos.SaveIndicator;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds a stored indicator tree from what a client sent: numbers the nodes by their position
 * (1, 1.1, 1.1.1 — so a reorder renumbers consistently), derives or checks parents' points, and
 * names every invalid node by its path in the request (e.g. {@code indicators[2].children[0].maxScore}).
 */
public final class IndicatorTree {

    public static final int MAX_DEPTH = 3;
    public static final int MAX_NODES = 500;
    static final int MAX_SCALE = 2;
    /** The most points one indicator may carry (a 1000-point scheme's largest area is far below it). */
    public static final int MAX_SCORE = 10_000;

    private IndicatorTree() {
    }

    public record Result(List<IndicatorNode> nodes, BigDecimal total, int leafCount, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public static Result build(IndicatorKind kind, List<SaveIndicator> input) {
        List<FieldError> errors = new ArrayList<>();
        int[] counts = new int[2]; // nodes, leaves
        List<IndicatorNode> nodes = input == null ? List.of() : level(kind, input, "", "indicators", 1, errors, counts);
        if (input == null || input.isEmpty()) {
            errors.add(new FieldError("indicators", "至少需要一个指标"));
        }
        if (counts[0] > MAX_NODES) {
            errors.add(new FieldError("indicators", "指标总数不能超过 " + MAX_NODES + " 个"));
        }
        BigDecimal total = null;
        if (kind == IndicatorKind.SCORED && errors.isEmpty()) {
            total = nodes.stream().map(IndicatorNode::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return new Result(nodes, total, counts[1], errors);
    }

    private static List<IndicatorNode> level(IndicatorKind kind, List<SaveIndicator> items, String parentCode, String path,
                                             int depth, List<FieldError> errors, int[] counts) {
        List<IndicatorNode> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SaveIndicator s = items.get(i);
            String field = path + "[" + i + "]";
            if (s == null) {
                errors.add(new FieldError(field, "指标不能为空"));
                continue;
            }
            counts[0]++;
            String code = parentCode.isEmpty() ? Integer.toString(i + 1) : parentCode + "." + (i + 1);
            List<SaveIndicator> wantedChildren = s.children() == null ? List.of() : s.children();
            List<IndicatorNode> children = List.of();
            if (!wantedChildren.isEmpty()) {
                if (depth >= MAX_DEPTH) {
                    errors.add(new FieldError(field + ".children", "指标最多 " + MAX_DEPTH + " 级"));
                } else {
                    children = level(kind, wantedChildren, code, field + ".children", depth + 1, errors, counts);
                }
            }
            boolean leaf = wantedChildren.isEmpty();
            if (leaf) {
                counts[1]++;
            }
            Consumer<String[]> error = e -> errors.add(new FieldError(field + "." + e[0], e[1]));
            if (s.name() == null || s.name().isBlank()) {
                error.accept(new String[]{"name", "指标名称不能为空"});
            }
            BigDecimal max = null;
            if (kind == IndicatorKind.SCORED) {
                if (s.operator() != null || s.threshold() != null) {
                    error.accept(new String[]{s.operator() != null ? "operator" : "threshold", "评分类指标不设判定阈值"});
                }
                if (leaf) {
                    max = s.maxScore();
                    if (max == null) {
                        error.accept(new String[]{"maxScore", "末级指标须设分值"});
                    } else if (max.signum() <= 0) {
                        error.accept(new String[]{"maxScore", "分值须大于 0"});
                    } else if (max.stripTrailingZeros().scale() > MAX_SCALE) {
                        error.accept(new String[]{"maxScore", "分值最多保留 2 位小数"});
                    } else if (max.compareTo(BigDecimal.valueOf(MAX_SCORE)) > 0) {
                        error.accept(new String[]{"maxScore", "分值不能超过 " + MAX_SCORE});
                    }
                } else {
                    BigDecimal sum = BigDecimal.ZERO;
                    boolean known = children.size() == wantedChildren.size();
                    for (IndicatorNode child : children) {
                        if (child.maxScore() == null) {
                            known = false;
                        } else {
                            sum = sum.add(child.maxScore());
                        }
                    }
                    if (known) {
                        if (s.maxScore() != null && s.maxScore().compareTo(sum) != 0) {
                            error.accept(new String[]{"maxScore", "上级指标分值须等于下级指标分值之和 " + plain(sum)
                                    + "（当前为 " + plain(s.maxScore()) + "），或不填由系统计算"});
                        }
                        max = sum;
                    }
                }
            } else {
                if (s.maxScore() != null) {
                    error.accept(new String[]{"maxScore", "达标类指标不设分值"});
                }
                if (!leaf && (s.operator() != null || s.threshold() != null)) {
                    error.accept(new String[]{s.operator() != null ? "operator" : "threshold", "只有末级指标设判定阈值"});
                }
                if (leaf && s.operator() != null && s.threshold() == null) {
                    error.accept(new String[]{"threshold", "设了比较方式时须设阈值"});
                }
                if (leaf && s.operator() == null && s.threshold() != null) {
                    error.accept(new String[]{"operator", "设了阈值时须设比较方式（GE、GT、LE、LT、EQ）"});
                }
            }
            if (s.precision() != null && (s.precision() < 0 || s.precision() > 6)) {
                error.accept(new String[]{"precision", "小数位数须在 0 到 6 之间"});
            }
            out.add(new IndicatorNode(code, s.name() == null ? null : s.name().trim(), blankToNull(s.description()), max,
                    s.operator(), s.threshold(), blankToNull(s.unit()), s.precision(), evidence(s.evidenceRequired()),
                    children));
        }
        return out;
    }

    /** The leaves of a tree by code, in tree order. */
    public static Map<String, IndicatorNode> leaves(List<IndicatorNode> nodes) {
        Map<String, IndicatorNode> out = new LinkedHashMap<>();
        walk(nodes, n -> {
            if (n.leaf()) {
                out.put(n.code(), n);
            }
        });
        return out;
    }

    /** Every node by code, in tree order. */
    public static Map<String, IndicatorNode> all(List<IndicatorNode> nodes) {
        Map<String, IndicatorNode> out = new LinkedHashMap<>();
        walk(nodes, n -> out.put(n.code(), n));
        return out;
    }

    public static void walk(List<IndicatorNode> nodes, Consumer<IndicatorNode> visitor) {
        if (nodes == null) {
            return;
        }
        for (IndicatorNode n : nodes) {
            visitor.accept(n);
            walk(n.children(), visitor);
        }
    }

    /** The tree as a client would send it back (for export and copy). */
    public static List<SaveIndicator> toSave(List<IndicatorNode> nodes) {
        if (nodes == null) {
            return List.of();
        }
        return nodes.stream().map(n -> new SaveIndicator(n.code(), n.name(), n.description(),
                n.maxScore(), n.operator(), n.threshold(), n.unit(), n.precision(),
                n.evidenceRequired() == null ? List.of() : n.evidenceRequired(), toSave(n.children()))).toList();
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static List<String> evidence(List<String> evidence) {
        if (evidence == null) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String e : evidence) {
            if (e != null && !e.isBlank()) {
                out.add(e.trim());
            }
        }
        return List.copyOf(out);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

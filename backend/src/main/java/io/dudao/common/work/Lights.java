package io.dudao.common.work;

import io.dudao.common.db.SqlText;

import java.time.LocalDate;
import java.util.Map;

/**
 * The deadline light, one rule for every kind of work: red once the due date has passed, yellow when it
 * falls within the next 3 days (today included), green before that; none once the work is closed or
 * when it has no due date. The same rule as a query condition, so lists filter by light in the database.
 */
public final class Lights {

    public static final int YELLOW_DAYS = 3;

    private Lights() {
    }

    public static Light of(boolean closed, LocalDate dueDate, LocalDate today) {
        if (closed || dueDate == null) {
            return Light.NONE;
        }
        if (dueDate.isBefore(today)) {
            return Light.RED;
        }
        return dueDate.isAfter(today.plusDays(YELLOW_DAYS)) ? Light.GREEN : Light.YELLOW;
    }

    /**
     * HQL: work of the given light, mirroring {@link #of}.
     *
     * @param open     the condition that the work is still open, e.g. "status <> :verified"
     * @param dueField the due date's field
     */
    public static String condition(Light light, String open, String dueField, Map<String, Object> params, LocalDate today) {
        return switch (light) {
            case RED -> {
                params.put("lightToday", today);
                yield "(" + open + " and " + dueField + " < :lightToday)";
            }
            case YELLOW -> {
                params.put("lightToday", today);
                params.put("lightYellowEnd", today.plusDays(YELLOW_DAYS));
                yield "(" + open + " and " + dueField + " >= :lightToday and " + dueField + " <= :lightYellowEnd)";
            }
            case GREEN -> {
                params.put("lightYellowEnd", today.plusDays(YELLOW_DAYS));
                yield "(" + open + " and " + dueField + " > :lightYellowEnd)";
            }
            case NONE -> "(not (" + open + ") or " + dueField + " is null)";
        };
    }

    /** SQL with its parameters: as {@link #condition}, {@code open} and {@code dueColumn} in SQL. */
    public static SqlText sqlCondition(Light light, String open, String dueColumn, LocalDate today) {
        LocalDate yellowEnd = today.plusDays(YELLOW_DAYS);
        return switch (light) {
            case RED -> SqlText.of(open + " and " + dueColumn + " < ?", today);
            case YELLOW -> SqlText.of(open + " and " + dueColumn + " >= ? and " + dueColumn + " <= ?", today, yellowEnd);
            case GREEN -> SqlText.of(open + " and " + dueColumn + " > ?", yellowEnd);
            case NONE -> SqlText.of("not (" + open + ") or " + dueColumn + " is null");
        };
    }
}

package io.dudao.inspection;

import io.dudao.common.work.Light;
import io.dudao.common.work.Lights;
import io.dudao.inspection.InspectionEnums.FindingStatus;

import java.time.LocalDate;

/**
 * Deadline light and escalation of a finding. The light is the tasks' rule (red overdue, yellow due
 * within 3 days, green on track, none once verified); a finding escalates (toward accountability)
 * when it has been reopened twice, or is still not verified 30 days after its due date.
 */
public final class FindingRules {

    public static final int ESCALATION_REOPENS = 2;
    public static final int ESCALATION_OVERDUE_DAYS = 30;

    private FindingRules() {
    }

    public static Light light(FindingStatus status, LocalDate dueDate, LocalDate today) {
        return Lights.of(status.closed(), dueDate, today);
    }

    public static boolean escalation(FindingStatus status, int reopenCount, LocalDate dueDate, LocalDate today) {
        if (reopenCount >= ESCALATION_REOPENS) {
            return true;
        }
        return !status.closed() && dueDate != null && !dueDate.isAfter(escalationDay(today));
    }

    /** Findings due on or before this day and not verified are overdue by at least 30 days. */
    public static LocalDate escalationDay(LocalDate today) {
        return today.minusDays(ESCALATION_OVERDUE_DAYS);
    }
}

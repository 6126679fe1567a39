package io.dudao.task;

import io.dudao.task.TaskEnums.Light;
import io.dudao.task.TaskEnums.Status;

import java.time.LocalDate;

/** Deadline lights, the same rule everywhere: red overdue, yellow due within 3 days, green on track. */
public final class TaskLights {

    public static final int YELLOW_DAYS = 3;

    private TaskLights() {
    }

    public static Light of(Status status, LocalDate dueDate, LocalDate today) {
        if (dueDate == null || status.closed()) {
            return Light.NONE;
        }
        if (dueDate.isBefore(today)) {
            return Light.RED;
        }
        if (!dueDate.isAfter(today.plusDays(YELLOW_DAYS))) {
            return Light.YELLOW;
        }
        return Light.GREEN;
    }
}

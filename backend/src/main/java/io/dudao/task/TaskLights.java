package io.dudao.task;

import io.dudao.common.work.Light;
import io.dudao.common.work.Lights;
import io.dudao.task.TaskEnums.Status;

import java.time.LocalDate;

/** A task's deadline light: the common rule, closed meaning completed or cancelled. */
public final class TaskLights {

    private TaskLights() {
    }

    public static Light of(Status status, LocalDate dueDate, LocalDate today) {
        return Lights.of(status.closed(), dueDate, today);
    }
}

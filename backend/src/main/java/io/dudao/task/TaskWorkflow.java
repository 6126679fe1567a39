package io.dudao.task;

import io.dudao.common.error.ApiException;
import io.dudao.task.TaskEnums.Status;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which step may happen in which state; who may take it is the service's business. */
public final class TaskWorkflow {

    public enum Action {
        START("start", EnumSet.of(Status.NOT_STARTED), true),
        PROGRESS("progress", EnumSet.of(Status.NOT_STARTED, Status.IN_PROGRESS), true),
        SUBMIT("submit", EnumSet.of(Status.IN_PROGRESS), true),
        ACKNOWLEDGE("acknowledge", EnumSet.of(Status.NOT_STARTED, Status.IN_PROGRESS), true),
        ACCEPT("accept", EnumSet.of(Status.SUBMITTED), false),
        RETURN("return", EnumSet.of(Status.SUBMITTED), false),
        CANCEL("cancel", EnumSet.of(Status.NOT_STARTED, Status.IN_PROGRESS, Status.SUBMITTED), false);

        final String path;
        final Set<Status> from;
        /** Taken by the assignee (true) or by the issuer (false). */
        final boolean byAssignee;

        Action(String path, Set<Status> from, boolean byAssignee) {
            this.path = path;
            this.from = from;
            this.byAssignee = byAssignee;
        }

        public String path() {
            return path;
        }
    }

    private TaskWorkflow() {
    }

    public static Status next(Action action, Status current) {
        return switch (action) {
            case START, PROGRESS, ACKNOWLEDGE -> Status.IN_PROGRESS;
            case SUBMIT -> Status.SUBMITTED;
            case ACCEPT -> Status.COMPLETED;
            case RETURN -> Status.IN_PROGRESS;
            case CANCEL -> Status.CANCELLED;
        };
    }

    public static List<Action> possibleFrom(Status status) {
        return java.util.Arrays.stream(Action.values()).filter(a -> a.from.contains(status)).toList();
    }

    public static void check(Action action, Status current) {
        if (!action.from.contains(current)) {
            List<String> allowed = possibleFrom(current).stream().map(Action::path).toList();
            throw new ApiException(409, "ILLEGAL_TRANSITION",
                    "任务当前状态为 " + current + "，不能执行 " + action.path + "；当前可执行：" + (allowed.isEmpty() ? "无" : String.join("、", allowed)),
                    "The task is " + current + "; " + action.path + " is not possible now. Allowed: "
                            + (allowed.isEmpty() ? "none" : String.join(", ", allowed)),
                    List.of(), Map.of());
        }
    }
}

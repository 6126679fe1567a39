package io.dudao.task;

import io.dudao.common.security.Caller;
import io.dudao.common.work.WorkItemSource;
import io.dudao.common.work.WorkKind;
import io.dudao.common.work.WorkSelect;
import io.dudao.task.TaskEnums.Status;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

/**
 * Tasks and the acknowledgements of forwardings (签收, tasks made by a forwarding) as work: assigned to
 * their assignee, visible as the task list shows them, done when completed; cancelled ones are no work.
 */
public final class TaskWork {

    private TaskWork() {
    }

    /**
     * A batch's parent (the issuer's own umbrella over one task per assignee: assigned to the issuing
     * organisation itself, with subtasks) is not counted: its work is its subtasks'.
     */
    static WorkSelect select(Caller caller, Map<String, Object> params, boolean forwardings) {
        params.put("workTaskCancelled", Status.CANCELLED);
        params.put("workTaskCompleted", Status.COMPLETED);
        return new WorkSelect("Task", TaskRepository.visibility(caller, params) + " and status <> :workTaskCancelled and forwardingId is "
                + (forwardings ? "not null" : "null")
                + " and not (assigneeOrgId = issuerOrgId and id in (select wc.parentId from Task wc where wc.parentId is not null))",
                "id", "title", "assigneeOrgId", "planItemId", "dueDate", "status = :workTaskCompleted");
    }

    /**
     * A task waits for its assignee organisation to start, report on or submit it (a forwarding: to
     * acknowledge it and upload the record), and for its issuing office to accept or return it.
     */
    static String awaiting(Caller caller, Map<String, Object> params) {
        if (!WorkItemSource.takesSteps(caller)) {
            return WorkItemSource.NOTHING;
        }
        params.put("workCallerOrg", caller.orgId());
        params.put("workTaskAssigneeSteps", List.of(Status.NOT_STARTED, Status.IN_PROGRESS));
        String assignee = "(assigneeOrgId = :workCallerOrg and status in :workTaskAssigneeSteps)";
        if (!caller.isAdmin() && !caller.isOffice()) {
            return assignee;
        }
        params.put("workTaskSubmitted", Status.SUBMITTED);
        return "(" + assignee + " or (issuerOrgId = :workCallerOrg and status = :workTaskSubmitted))";
    }

    @ApplicationScoped
    public static class Tasks implements WorkItemSource {

        @Override
        public WorkKind kind() {
            return WorkKind.TASK;
        }

        @Override
        public WorkSelect select(Caller caller, Map<String, Object> params) {
            return TaskWork.select(caller, params, false);
        }

        @Override
        public String awaiting(Caller caller, Map<String, Object> params) {
            return TaskWork.awaiting(caller, params);
        }
    }

    @ApplicationScoped
    public static class Forwardings implements WorkItemSource {

        @Override
        public WorkKind kind() {
            return WorkKind.FORWARDING;
        }

        @Override
        public WorkSelect select(Caller caller, Map<String, Object> params) {
            return TaskWork.select(caller, params, true);
        }

        @Override
        public String awaiting(Caller caller, Map<String, Object> params) {
            return TaskWork.awaiting(caller, params);
        }
    }
}

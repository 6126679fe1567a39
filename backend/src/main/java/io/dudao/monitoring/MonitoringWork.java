package io.dudao.monitoring;

import io.dudao.common.security.Caller;
import io.dudao.common.work.SearchSelect;
import io.dudao.common.work.WorkItemSource;
import io.dudao.common.work.WorkKind;
import io.dudao.common.work.WorkSelect;
import io.dudao.monitoring.MonitoringEnums.CycleStatus;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/**
 * A monitoring cycle is the running office's work until it is closed, due on its end date. The counties'
 * share of the work is the feedback problems, which are findings.
 */
@ApplicationScoped
public class MonitoringWork implements WorkItemSource {

    @Override
    public WorkKind kind() {
        return WorkKind.MONITORING;
    }

    @Override
    public String searchText() {
        return SearchSelect.SEARCH_TEXT;
    }

    @Override
    public WorkSelect select(Caller caller, Map<String, Object> params) {
        params.put("workMonitoringClosed", CycleStatus.CLOSED);
        String where = "1 = 1";
        if (!caller.isAdmin()) {
            params.put("subtree", caller.orgPath() + "%");
            where = "ownerOrgId in (select wmo.id from Organization wmo where wmo.path like :subtree)";
        }
        return new WorkSelect("MonitoringCycle", where, "id", "title", "ownerOrgId", "planItemId", "endsOn",
                "status = :workMonitoringClosed");
    }

    /** An open cycle waits for the office that runs it: results to import, problems to raise, the cycle to close. */
    @Override
    public String awaiting(Caller caller, Map<String, Object> params) {
        if (!WorkItemSource.takesSteps(caller) || !caller.isAdmin() && !caller.isOffice()) {
            return WorkItemSource.NOTHING;
        }
        params.put("workCallerOrg", caller.orgId());
        return "ownerOrgId = :workCallerOrg";
    }
}

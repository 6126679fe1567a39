package io.dudao.accountability;

import io.dudao.accountability.AccountabilityEnums.CaseStatus;
import io.dudao.common.security.Caller;
import io.dudao.common.work.WorkItemSource;
import io.dudao.common.work.WorkKind;
import io.dudao.common.work.WorkSelect;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Accountability cases as work: about their subject (the handling office when the subject is a
 * person), due when the office obligation running now ends, done once executed, closed, revoked or
 * dismissed.
 */
@ApplicationScoped
public class CaseWork implements WorkItemSource {

    static final List<CaseStatus> DONE = List.of(CaseStatus.EXECUTED, CaseStatus.CLOSED, CaseStatus.REVOKED, CaseStatus.DISMISSED);

    @Override
    public WorkKind kind() {
        return WorkKind.CASE;
    }

    @Override
    public WorkSelect select(Caller caller, Map<String, Object> params) {
        params.put("workCaseDone", DONE);
        return new WorkSelect("AccountabilityCase", CaseRepository.visibility(caller, params), "id",
                "concat(caseNumber, ' ', substring(facts, 1, 80))", "coalesce(subjectOrgId, handlingOrgId)", "planItemId",
                CaseRepository.officeDueDate(params), "status in :workCaseDone");
    }

    /**
     * A case waits for its handling office in every state where the office takes the next step; for the
     * notified subject while its statement (陈述申辩) is due; for the office above the handling one while an
     * appeal is before it.
     */
    @Override
    public String awaiting(Caller caller, Map<String, Object> params) {
        if (!WorkItemSource.takesSteps(caller)) {
            return WorkItemSource.NOTHING;
        }
        params.put("workCallerOrg", caller.orgId());
        params.put("workCaseSubjectStep", CaseStatus.NOTIFIED);
        String subject = "(status = :workCaseSubjectStep and notifiedOn is not null and subjectOrgId = :workCallerOrg)";
        if (!caller.isAdmin() && !caller.isOffice()) {
            return subject;
        }
        params.put("workCaseHandlerSteps", stepsOf(CaseWorkflow.Actor.HANDLER));
        params.put("workCaseAppealed", CaseStatus.UNDER_APPEAL);
        return "(" + subject + " or (status in :workCaseHandlerSteps and handlingOrgId = :workCallerOrg)"
                + " or (status = :workCaseAppealed and handlingOrgId in (select wap.id from Organization wap where wap.parentId = :workCallerOrg)))";
    }

    /** The states in which an actor may take some step. */
    private static List<CaseStatus> stepsOf(CaseWorkflow.Actor actor) {
        return Arrays.stream(CaseWorkflow.Action.values()).filter(a -> a.actor() == actor).flatMap(a -> a.from.stream())
                .filter(s -> s != CaseStatus.NOTIFIED || actor != CaseWorkflow.Actor.HANDLER) // the statement comes first
                .distinct().sorted().toList();
    }
}

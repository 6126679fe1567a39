package io.dudao.accountability;

import io.dudao.accountability.AccountabilityEnums.CaseStatus;
import io.dudao.common.security.Caller;
import io.dudao.common.work.WorkItemSource;
import io.dudao.common.work.WorkKind;
import io.dudao.common.work.WorkSelect;
import jakarta.enterprise.context.ApplicationScoped;

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
}

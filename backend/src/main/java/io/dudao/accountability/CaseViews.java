package io.dudao.accountability;

import io.dudao.accountability.AccountabilityDtos.CaseResponse;
import io.dudao.accountability.AccountabilityDtos.DeadlineResponse;
import io.dudao.accountability.AccountabilityDtos.RemedyResponse;
import io.dudao.accountability.AccountabilityDtos.SevereGroundDto;
import io.dudao.accountability.AccountabilityDtos.StatementResponse;
import io.dudao.accountability.AccountabilityDtos.SubjectPerson;
import io.dudao.accountability.AccountabilityDtos.TimelineEntry;
import io.dudao.accountability.AccountabilityEnums.CaseView;
import io.dudao.accountability.AccountabilityEnums.DeadlineKind;
import io.dudao.attachment.AttachmentDtos.AttachmentResponse;
import io.dudao.common.security.Caller;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import io.dudao.org.OrganizationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cases as the API shows them to a caller, a page at a time in a fixed number of queries: the
 * subject's view leaves out internal notes, internal timeline steps, the investigation clock and the
 * 从重 grounds before the decision.
 */
@ApplicationScoped
public class CaseViews {

    @Inject
    CaseRepository repository;

    @Inject
    OrganizationService organizations;

    @Inject
    StatementAttachments statementFiles;

    public CaseResponse one(Caller caller, AccountabilityCase c, LocalDate today) {
        return page(caller, List.of(c), today).get(0);
    }

    public List<CaseResponse> page(Caller caller, List<AccountabilityCase> cases, LocalDate today) {
        if (cases.isEmpty()) {
            return List.of();
        }
        Set<Long> orgIds = new HashSet<>();
        cases.forEach(c -> {
            orgIds.add(c.handlingOrgId);
            if (c.subjectOrgId != null) {
                orgIds.add(c.subjectOrgId);
            }
        });
        Map<Long, OrganizationSummary> orgs = organizations.summaries(orgIds);
        Map<Long, String> paths = organizations.paths(orgIds);
        List<Long> ids = cases.stream().map(c -> c.id).toList();
        Map<Long, List<CaseStep>> steps = new LinkedHashMap<>();
        repository.steps(ids).forEach(s -> steps.computeIfAbsent(s.caseId, k -> new ArrayList<>()).add(s));
        Map<Long, List<AttachmentResponse>> files = statementFiles.forCases(ids);
        List<CaseResponse> out = new ArrayList<>();
        for (AccountabilityCase c : cases) {
            String handlingPath = paths.get(c.handlingOrgId);
            CaseView view = CaseAccess.view(caller, handlingPath);
            boolean full = view == CaseView.FULL;
            List<TimelineEntry> timeline = steps.getOrDefault(c.id, List.of()).stream()
                    .filter(s -> full || !s.internal)
                    .map(s -> new TimelineEntry(s.step, s.at, s.byName, s.note, s.overrideReason)).toList();
            List<DeadlineResponse> deadlines = CaseClocks.deadlines(c, today).stream()
                    .filter(d -> full || d.kind() != DeadlineKind.INVESTIGATION)
                    .map(d -> new DeadlineResponse(d.kind(), d.kind().label(), d.party(), d.startOn(), d.dueOn(), d.doneOn(),
                            d.state(), d.light(), d.daysLeft())).toList();
            boolean showSevere = full || c.decidedOn != null;
            List<String> allowed = CaseWorkflow.possible(c).stream()
                    .filter(a -> CaseAccess.may(caller, c, handlingPath, a)).map(CaseWorkflow.Action::path)
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            if (CaseService.editable(c) && CaseAccess.isHandler(caller, c)) {
                allowed.add("edit");
            }
            out.add(new CaseResponse(c.id, c.caseNumber, c.handlingOrgId, name(orgs, c.handlingOrgId), c.subjectType,
                    c.subjectOrgId, name(orgs, c.subjectOrgId),
                    c.subjectPersonName == null ? null : new SubjectPerson(c.subjectPersonName, c.subjectPersonPosition),
                    List.copyOf(c.scenarioCodes), c.source, c.sourceId, c.sourceEndedOn, c.facts, full ? c.internalNotes : null,
                    c.status, showSevere && c.severe,
                    showSevere ? c.severeReasons.stream().map(g -> new SevereGroundDto(g.code(), g.automatic(), g.note())).toList() : List.of(),
                    c.statementOn == null ? null : new StatementResponse(c.statementText, c.statementOn, files.getOrDefault(c.id, List.of())),
                    List.copyOf(c.unitMeasures), List.copyOf(c.individualMeasures), c.decisionText, c.basis, c.effectiveOn,
                    c.publication, c.openedOn, c.notifiedOn, c.decidedOn, c.executedOn,
                    c.reviewRequestedOn == null ? null : new RemedyResponse(c.reviewRequestedOn, c.reviewReason, c.reviewAnsweredOn,
                            c.reviewOutcome == null ? null : c.reviewOutcome.name()),
                    c.appealFiledOn == null ? null : new RemedyResponse(c.appealFiledOn, c.appealReason, c.appealAnsweredOn,
                            c.appealOutcome == null ? null : c.appealOutcome.name()),
                    c.correctedOn, c.closedOn, c.dismissReason, timeline, deadlines,
                    full ? CaseClocks.light(c, today) : io.dudao.common.work.Light.NONE, view, allowed, c.planItemId, c.version, c.createdAt,
                    c.updatedAt));
        }
        return out;
    }

    static String name(Map<Long, OrganizationSummary> orgs, Long id) {
        if (id == null) {
            return null;
        }
        OrganizationSummary s = orgs.get(id);
        return s == null ? null : s.name();
    }
}

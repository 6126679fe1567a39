package io.dudao.supervision;

import io.dudao.audit.AuditService;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.common.time.AppClock;
import io.dudao.conflict.ConflictOfInterest;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.org.OrgType;
import io.dudao.org.OrganizationDtos.OrganizationResponse;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import io.dudao.org.OrganizationService;
import io.dudao.supervision.SupervisionDtos.AssignedSupervisor;
import io.dudao.supervision.SupervisionDtos.AssignmentRow;
import io.dudao.supervision.SupervisionDtos.SaveSchoolSupervisorsRequest;
import io.dudao.supervision.SupervisionDtos.SchoolSupervisorsResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** 挂牌: each school's lead supervisor and optional others, all appointed to the school's zone. */
@ApplicationScoped
public class AssignmentService {

    @Inject
    SupervisionRepository repository;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditService audit;

    @Inject
    AppClock clock;

    @Inject
    ConflictOfInterest conflicts;

    public SchoolSupervisorsResponse get(Caller caller, long schoolId) {
        OrganizationResponse school = school(caller, schoolId);
        OrganizationSummary zone = zoneOf(school);
        return new SchoolSupervisorsResponse(school.id(), school.name(), zone == null ? null : zone.id(),
                zone == null ? null : zone.name(), repository.supervisorsOf(school.id()));
    }

    @Transactional
    public SchoolSupervisorsResponse put(Caller caller, long schoolId, SaveSchoolSupervisorsRequest request) {
        SupervisionAccess.requireManager(caller);
        OrganizationResponse school = school(caller, schoolId);
        String schoolPath = organizations.pathInScope(caller, schoolId).orElseThrow(AssignmentService::notFound);
        List<Long> others = request.otherUserIds() == null ? List.of() : request.otherUserIds();
        List<Long> named = new ArrayList<>();
        if (request.leadUserId() != null) {
            named.add(request.leadUserId());
        } else if (!others.isEmpty()) {
            throw ApiException.validation("leadUserId", "请指定一名主责督学", "name the lead supervisor");
        }
        Set<Long> seen = new HashSet<>(named);
        for (int i = 0; i < others.size(); i++) {
            Long id = others.get(i);
            if (id == null || !seen.add(id)) {
                throw ApiException.validation("otherUserIds[" + i + "]", "督学重复或为空", "a supervisor is named twice or is empty");
            }
            named.add(id);
        }
        List<AssignedSupervisor> before = repository.supervisorsOf(schoolId);
        Map<Long, Long> appointments = Map.of();
        if (!named.isEmpty()) {
            OrganizationSummary zone = zoneOf(school);
            if (zone == null) {
                throw ApiException.validation("schoolId", school.name() + "尚未划入责任区", school.name() + " belongs to no zone");
            }
            appointments = repository.currentAppointments(zone.id(), named, clock.today());
            for (int i = 0; i < named.size(); i++) {
                String field = i == 0 ? "leadUserId" : "otherUserIds[" + (i - 1) + "]";
                if (!appointments.containsKey(named.get(i))) {
                    throw ApiException.validation(field, "该用户未被聘任为" + zone.name() + "的责任督学，或聘期未在今日生效",
                            "the user holds no current appointment to " + zone.name());
                }
                conflicts.check(named.get(i), schoolId, zone.id(), field);
            }
        }
        repository.clearAssignments(schoolId);
        for (int i = 0; i < named.size(); i++) {
            SchoolSupervisor s = new SchoolSupervisor();
            s.schoolId = schoolId;
            s.appointmentId = appointments.get(named.get(i));
            s.lead = i == 0;
            s.createdBy = caller.userId();
            s.createdAt = clock.now();
            repository.persist(s);
        }
        repository.flush();
        List<AssignedSupervisor> after = repository.supervisorsOf(schoolId);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("before", before.stream().map(AssignmentService::describe).toList());
        details.put("after", after.stream().map(AssignmentService::describe).toList());
        audit.record(caller, "ASSIGN_SUPERVISORS", "SCHOOL_SUPERVISORS", schoolId, schoolPath,
                school.name() + "挂牌督学：" + (after.isEmpty() ? "无" : String.join("、", after.stream().map(AssignedSupervisor::displayName).toList())),
                details);
        return get(caller, schoolId);
    }

    public PageResponse<AssignmentRow> list(Caller caller, Long withinOrgId, Integer page, Integer size) {
        if (withinOrgId != null) {
            organizations.findVisible(caller, withinOrgId).orElseThrow(() -> ApiException.notFound("机构", "Organization"));
        }
        PageQuery paging = PageQuery.of(page, size, null, Map.of("school", "school"), "school");
        var found = repository.assignments(caller, withinOrgId, paging.page(), paging.size());
        return new PageResponse<>(found.items(), paging.page(), paging.size(), found.total());
    }

    private OrganizationResponse school(Caller caller, long schoolId) {
        OrganizationResponse org;
        try {
            org = organizations.get(caller, schoolId);
        } catch (ApiException e) {
            throw notFound();
        }
        if (org.type() != OrgType.SCHOOL) {
            throw notFound();
        }
        return org;
    }

    private OrganizationSummary zoneOf(OrganizationResponse school) {
        if (school.parentId() == null) {
            return null;
        }
        OrganizationSummary parent = organizations.summaries(List.of(school.parentId())).get(school.parentId());
        return parent != null && parent.type() == OrgType.ZONE ? parent : null;
    }

    private static String describe(AssignedSupervisor s) {
        return s.displayName() + (s.lead() ? "（主责）" : "") + "#" + s.userId();
    }

    private static ApiException notFound() {
        return ApiException.notFound("学校", "School");
    }
}

package io.dudao.supervision;

import io.dudao.audit.AuditService;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.common.time.AppClock;
import io.dudao.common.web.Etags;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.org.OrgType;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import io.dudao.org.OrganizationService;
import io.dudao.supervision.SupervisionDtos.AppointmentResponse;
import io.dudao.supervision.SupervisionDtos.SaveAppointmentRequest;
import io.dudao.supervision.SupervisionEnums.AppointmentStatus;
import io.dudao.supervision.SupervisionRepository.AppointmentFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;

/** 督学聘任: appointments of responsibility supervisors to the zones of the caller's subtree. */
@ApplicationScoped
public class AppointmentService {

    @Inject
    SupervisionRepository repository;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditService audit;

    @Inject
    AppClock clock;

    public PageResponse<AppointmentResponse> list(Caller caller, AppointmentFilter filter, Integer page, Integer size, String sort) {
        if (filter.withinOrgId() != null) {
            organizations.findVisible(caller, filter.withinOrgId()).orElseThrow(() -> ApiException.notFound("机构", "Organization"));
        }
        String spec = sort == null || sort.isBlank() ? "zone,asc" : sort;
        PageQuery paging = PageQuery.of(page, size, spec, SupervisionRepository.APPOINTMENT_SORT, "zone,asc");
        String column = SupervisionRepository.APPOINTMENT_SORT.get(spec.split(",")[0].trim());
        boolean descending = spec.toLowerCase().endsWith(",desc");
        var found = repository.appointments(caller, filter, column, descending, paging.page(), paging.size(), clock.today());
        return new PageResponse<>(found.items(), paging.page(), paging.size(), found.total());
    }

    public AppointmentResponse get(Caller caller, long id) {
        return repository.appointment(caller, id, clock.today()).orElseThrow(AppointmentService::notFound);
    }

    @Transactional
    public AppointmentResponse create(Caller caller, SaveAppointmentRequest request) {
        SupervisionAccess.requireManager(caller);
        String zonePath = validate(caller, request, null);
        SupervisorAppointment a = new SupervisorAppointment();
        apply(a, request);
        a.createdBy = caller.userId();
        repository.persist(a);
        repository.flush();
        audit.record(caller, "CREATE_APPOINTMENT", "SUPERVISOR_APPOINTMENT", a.id, zonePath,
                "聘任责任督学（用户 " + a.userId + "，" + a.termStart + " 至 " + a.termEnd + "）", snapshot(a));
        return get(caller, a.id);
    }

    @Transactional
    public AppointmentResponse update(Caller caller, long id, SaveAppointmentRequest request, String ifMatch) {
        SupervisionAccess.requireManager(caller);
        SupervisorAppointment a = repository.findVisible(caller, id).orElseThrow(AppointmentService::notFound);
        Etags.expectedVersion(ifMatch, request.version(), a.version);
        String zonePath = validate(caller, request, a.id);
        Map<String, Object> before = snapshot(a);
        apply(a, request);
        repository.flush();
        audit.record(caller, "UPDATE_APPOINTMENT", "SUPERVISOR_APPOINTMENT", a.id, zonePath, "修改责任督学聘任",
                AuditService.changes(before, snapshot(a)));
        return get(caller, a.id);
    }

    /** Ends the appointment's record altogether (its school assignments go with it); ENDED keeps the history instead. */
    @Transactional
    public void delete(Caller caller, long id) {
        SupervisionAccess.requireManager(caller);
        SupervisorAppointment a = repository.findVisible(caller, id).orElseThrow(AppointmentService::notFound);
        String zonePath = organizations.pathOf(a.zoneId).orElse(null);
        Map<String, Object> before = snapshot(a);
        repository.remove(a);
        repository.flush();
        audit.record(caller, "DELETE_APPOINTMENT", "SUPERVISOR_APPOINTMENT", id, zonePath, "删除责任督学聘任", before);
    }

    /** Checks the request against the caller's scope; returns the zone's path. */
    private String validate(Caller caller, SaveAppointmentRequest request, Long exceptId) {
        if (request.termEnd().isBefore(request.termStart())) {
            throw ApiException.validation("termEnd", "聘期结束日期不能早于开始日期", "the term cannot end before it starts");
        }
        String zonePath = organizations.pathInScope(caller, request.zoneId())
                .orElseThrow(() -> ApiException.validation("zoneId", "责任区不存在或不在本单位管辖范围内", "no such zone in the caller's subtree"));
        OrganizationSummary zone = organizations.summaries(java.util.List.of(request.zoneId())).get(request.zoneId());
        if (zone.type() != OrgType.ZONE) {
            throw ApiException.validation("zoneId", zone.name() + "不是责任区", zone.name() + " is not a responsibility zone");
        }
        repository.appointableUserOrg(caller, request.userId())
                .orElseThrow(() -> ApiException.validation("userId", "用户不存在、已停用或不在本单位可见范围内", "no such active user visible to the caller"));
        AppointmentStatus status = request.status() == null ? AppointmentStatus.ACTIVE : request.status();
        if (status != AppointmentStatus.ENDED
                && repository.overlapping(request.userId(), request.zoneId(), request.termStart(), request.termEnd(), exceptId)) {
            throw ApiException.conflict("APPOINTMENT_EXISTS", "该用户在此责任区已有聘期重叠的聘任",
                    "the user already has an overlapping appointment to this zone");
        }
        return zonePath;
    }

    private static void apply(SupervisorAppointment a, SaveAppointmentRequest request) {
        a.userId = request.userId();
        a.zoneId = request.zoneId();
        a.termStart = request.termStart();
        a.termEnd = request.termEnd();
        a.certificateNo = blankToNull(request.certificateNo());
        a.employment = request.employment();
        a.status = request.status() == null ? AppointmentStatus.ACTIVE : request.status();
        a.phone = blankToNull(request.phone());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Map<String, Object> snapshot(SupervisorAppointment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("userId", a.userId);
        m.put("zoneId", a.zoneId);
        m.put("termStart", String.valueOf(a.termStart));
        m.put("termEnd", String.valueOf(a.termEnd));
        m.put("certificateNo", a.certificateNo);
        m.put("employment", a.employment == null ? null : a.employment.name());
        m.put("status", a.status == null ? null : a.status.name());
        m.put("phone", a.phone);
        return m;
    }

    private static ApiException notFound() {
        return ApiException.notFound("督学聘任", "Appointment");
    }
}

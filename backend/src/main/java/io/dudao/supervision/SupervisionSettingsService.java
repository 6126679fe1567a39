package io.dudao.supervision;

import io.dudao.audit.AuditService;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.common.time.AppClock;
import io.dudao.common.web.Etags;
import io.dudao.org.OrgType;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import io.dudao.org.OrganizationService;
import io.dudao.supervision.SupervisionDtos.SupervisionSettingsRequest;
import io.dudao.supervision.SupervisionDtos.SupervisionSettingsResponse;
import io.dudao.supervision.SupervisionEnums.Semester;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.DateTimeException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A county's supervision settings: its own once it saved them, the national defaults until then. */
@ApplicationScoped
public class SupervisionSettingsService {

    @Inject
    SupervisionRepository repository;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditService audit;

    @Inject
    AppClock clock;

    public SupervisionSettingsResponse get(Caller caller, long countyId) {
        county(caller, countyId);
        return repository.ownSettings(countyId).map(s -> toResponse(countyId, s, false))
                .orElseGet(() -> toResponse(countyId, repository.defaults(), true));
    }

    @Transactional
    public SupervisionSettingsResponse put(Caller caller, long countyId, SupervisionSettingsRequest request, String ifMatch) {
        OrganizationSummary county = county(caller, countyId);
        SupervisionAccess.requireManager(caller);
        String path = organizations.pathInScope(caller, countyId).orElseThrow(() -> ApiException.forbidden(
                "只有本县及上级教育督导部门可以修改督导设置", "Only the county's own or a higher office changes its settings"));
        validate(request);
        SupervisionSettings settings = repository.ownSettings(countyId).orElse(null);
        boolean created = settings == null;
        Map<String, Object> before = created ? snapshot(repository.defaults()) : snapshot(settings);
        Etags.expectedVersion(ifMatch, request.version(), created ? 0 : settings.version);
        if (created) {
            settings = new SupervisionSettings();
            settings.orgId = countyId;
        }
        apply(settings, request);
        settings.updatedBy = caller.username();
        settings.updatedAt = clock.now();
        if (created) {
            repository.persist(settings);
        }
        repository.flush();
        audit.record(caller, "UPDATE_SUPERVISION_SETTINGS", "SUPERVISION_SETTINGS", countyId, path,
                "修改" + county.name() + "责任督学督导设置", AuditService.changes(before, snapshot(settings)));
        return toResponse(countyId, settings, false);
    }

    /** The visible county; other organisations have no settings of their own. */
    private OrganizationSummary county(Caller caller, long orgId) {
        OrganizationSummary org = organizations.findVisible(caller, orgId)
                .orElseThrow(() -> ApiException.notFound("机构", "Organization"));
        if (org.type() != OrgType.COUNTY) {
            throw ApiException.validation("id", "督导设置按县（市、区）设置，" + org.name() + "不是县级单位",
                    "supervision settings belong to counties; " + org.name() + " is not one");
        }
        return org;
    }

    private static void validate(SupervisionSettingsRequest r) {
        for (Map.Entry<String, String> day : Map.of("springStart", r.springStart(), "springEnd", r.springEnd(),
                "autumnStart", r.autumnStart(), "autumnEnd", r.autumnEnd()).entrySet()) {
            try {
                SupervisionRules.monthDay(day.getValue()).atYear(2023);
            } catch (DateTimeException e) {
                throw ApiException.validation(day.getKey(), "日期无效：" + day.getValue(), "invalid month-day " + day.getValue());
            }
        }
        if (!SupervisionRules.monthDay(r.springStart()).isBefore(SupervisionRules.monthDay(r.springEnd()))) {
            throw ApiException.validation("springEnd", "春季学期结束日期应晚于开始日期", "the spring semester must end after it starts");
        }
        for (int i = 0; i < r.holidayMonths().size(); i++) {
            Integer m = r.holidayMonths().get(i);
            if (m == null || m < 1 || m > 12) {
                throw ApiException.validation("holidayMonths[" + i + "]", "月份应在 1 到 12 之间", "months are 1 to 12");
            }
        }
        SupervisionRules rules = rules(r);
        for (Semester semester : Semester.values()) {
            if (rules.teachingMonths(2023, semester) == 0) {
                throw ApiException.validation("holidayMonths", "假期月份覆盖了整个" + (semester == Semester.SPRING ? "春季" : "秋季") + "学期",
                        "the holiday months cover the whole " + semester.name().toLowerCase() + " semester");
            }
        }
    }

    private static SupervisionRules rules(SupervisionSettingsRequest r) {
        SupervisionSettings s = new SupervisionSettings();
        apply(s, r);
        return SupervisionRules.of(s);
    }

    private static void apply(SupervisionSettings s, SupervisionSettingsRequest r) {
        s.schoolsPerSupervisor = r.schoolsPerSupervisor();
        s.schoolsPerSupervisorSource = r.schoolsPerSupervisorSource().trim();
        s.schoolsPerZone = r.schoolsPerZone();
        s.schoolsPerZoneSource = r.schoolsPerZoneSource().trim();
        s.visitFrequency = r.visitFrequency();
        s.visitsPerPeriod = r.visitsPerPeriod();
        s.visitFrequencySource = r.visitFrequencySource().trim();
        s.springStart = r.springStart();
        s.springEnd = r.springEnd();
        s.autumnStart = r.autumnStart();
        s.autumnEnd = r.autumnEnd();
        s.holidayMonths = r.holidayMonths().stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    static SupervisionSettingsResponse toResponse(long orgId, SupervisionSettings s, boolean inherited) {
        List<Integer> holidays = Arrays.stream(s.holidayMonths.split(",")).filter(x -> !x.isBlank()).map(Integer::valueOf).toList();
        return new SupervisionSettingsResponse(orgId, inherited, s.schoolsPerSupervisor, s.schoolsPerSupervisorSource,
                s.schoolsPerZone, s.schoolsPerZoneSource, s.visitFrequency, s.visitsPerPeriod, s.visitFrequencySource,
                s.springStart, s.springEnd, s.autumnStart, s.autumnEnd, holidays, inherited ? 0 : s.version);
    }

    private static Map<String, Object> snapshot(SupervisionSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schoolsPerSupervisor", s.schoolsPerSupervisor);
        m.put("schoolsPerSupervisorSource", s.schoolsPerSupervisorSource);
        m.put("schoolsPerZone", s.schoolsPerZone);
        m.put("schoolsPerZoneSource", s.schoolsPerZoneSource);
        m.put("visitFrequency", s.visitFrequency.name());
        m.put("visitsPerPeriod", s.visitsPerPeriod);
        m.put("visitFrequencySource", s.visitFrequencySource);
        m.put("springStart", s.springStart);
        m.put("springEnd", s.springEnd);
        m.put("autumnStart", s.autumnStart);
        m.put("autumnEnd", s.autumnEnd);
        m.put("holidayMonths", s.holidayMonths);
        return m;
    }
}

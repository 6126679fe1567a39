package io.dudao.creation;

import io.dudao.audit.AuditService;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.common.web.Etags;
import io.dudao.creation.CreationDtos.SchoolTargetProgress;
import io.dudao.creation.CreationDtos.SetSchoolTargetRequest;
import io.dudao.creation.CreationProgrammeService.Ctx;
import io.dudao.creation.CreationSchoolTargetRepository.Progress;
import io.dudao.creation.engine.CreationEnums.CreationKind;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import io.dudao.org.OrganizationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 达标校: the city sets, per 优质均衡 county and year, how many schools should reach the school standard; progress
 * is the number of schools passing the school rule in the year's filed data. A target cannot exceed the county's
 * schools (those in its latest filed data up to that year).
 */
@ApplicationScoped
public class CreationSchoolTargetService {

    @Inject
    CreationProgrammeService programmes;

    @Inject
    CreationSchoolTargetRepository repository;

    @Inject
    CreationReturnRepository returns;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditService audit;

    public List<SchoolTargetProgress> progress(Caller caller, int year) {
        CreationProgrammeService.checkYear(year);
        List<Progress> rows = repository.progress(caller, year);
        Map<Long, OrganizationSummary> counties = organizations.summaries(rows.stream().map(Progress::countyOrgId).distinct().toList());
        return rows.stream().map(r -> toResponse(r, year, counties.get(r.countyOrgId())))
                .sorted(Comparator.comparing(SchoolTargetProgress::countyName)).toList();
    }

    @Transactional
    public SchoolTargetProgress set(Caller caller, long id, int year, SetSchoolTargetRequest request, String ifMatch) {
        CreationProgrammeService.checkYear(year);
        Ctx ctx = programmes.editable(caller, id);
        CreationProgramme p = ctx.programme();
        if (p.kind != CreationKind.BALANCED_COMPULSORY) {
            throw ApiException.validation("id", "达标校目标只适用于义务教育优质均衡创建项目", "school targets apply to 优质均衡 programmes only");
        }
        if (!caller.isAdmin() && caller.orgId() == p.countyOrgId) {
            throw ApiException.forbidden("达标校年度目标由市级督导办下达", "The city's office sets the school targets");
        }
        int schools = schoolsOf(p.id, year);
        if (request.targetSchools() > schools) {
            throw ApiException.validation("targetSchools", schools == 0 ? "本县尚未填报学校数据，无法下达达标校目标"
                    : "目标 " + request.targetSchools() + " 所超过本县学校总数 " + schools + " 所",
                    "the target exceeds the county's " + schools + " schools");
        }
        CreationSchoolTarget t = repository.find(p.id, year).orElse(null);
        Integer before = t == null ? null : t.targetSchools;
        if (t != null) {
            Etags.expectedVersion(ifMatch, request.version(), t.version);
        }
        if (t == null) {
            t = new CreationSchoolTarget();
            t.programmeId = p.id;
            t.year = year;
        }
        t.targetSchools = request.targetSchools();
        t.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        t.officeOrgId = caller.orgId();
        t.setBy = caller.userId();
        repository.persistAndFlush(t);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("year", year);
        details.put("targetSchoolsBefore", before);
        details.put("targetSchools", t.targetSchools);
        audit.record(caller, "SET_SCHOOL_TARGET", "CREATION_PROGRAMME", p.id, ctx.countyPath(),
                "下达" + ctx.county().name() + year + " 年义务教育优质均衡达标校目标：" + t.targetSchools + " 所", details);
        CreationReturn r = returns.find(p.id, year).orElse(null);
        return toResponse(new Progress(p.id, p.countyOrgId, t.targetSchools, t.version, r == null ? null : r.assessedSchools,
                r == null ? null : r.passingSchools), year, ctx.county());
    }

    /** The county's schools: those in its latest filed data up to the year (0 when nothing is filed). */
    private int schoolsOf(long programmeId, int year) {
        return returns.ofProgramme(programmeId).stream().filter(r -> r.year <= year).max(Comparator.comparingInt(r -> r.year))
                .map(r -> (int) r.rows.stream().map(row -> row.schoolCode()).distinct().count()).orElse(0);
    }

    private static SchoolTargetProgress toResponse(Progress r, int year, OrganizationSummary county) {
        boolean behind = r.targetSchools() != null && (r.passingSchools() == null || r.passingSchools() < r.targetSchools());
        return new SchoolTargetProgress(r.programmeId(), r.countyOrgId(), county == null ? "" : county.name(), year, r.targetSchools(),
                r.assessedSchools(), r.passingSchools(), behind, r.version());
    }
}

package io.dudao.creation;

import io.dudao.audit.AuditService;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.common.web.Etags;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.creation.CreationDtos.KindergartenCountyProgress;
import io.dudao.creation.CreationDtos.KindergartenEntryRequest;
import io.dudao.creation.CreationDtos.KindergartenEntryResponse;
import io.dudao.creation.CreationDtos.KindergartenStatus;
import io.dudao.org.OrgType;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import io.dudao.org.OrganizationService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 千园达标: the city's register of kindergartens to bring up to standard, each with its target year, checklist
 * result, status and evidence; per county, the kindergartens due by a year against those achieved.
 */
@ApplicationScoped
public class CreationKindergartenService {

    public static final Map<String, String> SORTABLE = Map.of("id", "id", "targetYear", "targetYear", "status", "status",
            "updatedAt", "updatedAt");

    @Inject
    CreationKindergartenRepository repository;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditService audit;

    public PageResponse<KindergartenEntryResponse> list(Caller caller, Long countyOrgId, Integer targetYear, KindergartenStatus status,
                                                         PageQuery page) {
        PanacheQuery<CreationKindergartenEntry> q = repository.search(caller, countyOrgId, targetYear, status, page);
        List<CreationKindergartenEntry> items = q.list();
        long total = items.size() < page.size() && page.page() == 0 ? items.size() : q.count();
        return new PageResponse<>(responses(items), page.page(), page.size(), total);
    }

    public List<KindergartenCountyProgress> progress(Caller caller, int year) {
        CreationProgrammeService.checkYear(year);
        List<CreationKindergartenRepository.CountyCount> counts = repository.progress(caller, year);
        Map<Long, OrganizationSummary> counties = organizations.summaries(counts.stream().map(c -> c.countyOrgId()).toList());
        return counts.stream().map(c -> new KindergartenCountyProgress(c.countyOrgId(), name(counties.get(c.countyOrgId())), (int) c.target(),
                (int) c.achieved(), (int) (c.target() - c.achieved()))).toList();
    }

    @Transactional
    public KindergartenEntryResponse create(Caller caller, KindergartenEntryRequest request) {
        String countyPath = checkPlace(caller, request);
        if (repository.findByKindergarten(request.kindergartenOrgId()).isPresent()) {
            throw ApiException.conflict("DUPLICATE", "该幼儿园已在千园达标名册中", "The kindergarten is already registered");
        }
        CreationKindergartenEntry e = new CreationKindergartenEntry();
        apply(caller, e, request);
        repository.persistAndFlush(e);
        audit.record(caller, "CREATE", "CREATION_KINDERGARTEN", e.id, countyPath, "千园达标名册新增：" + describe(e), snapshot(e));
        return responses(List.of(e)).get(0);
    }

    @Transactional
    public KindergartenEntryResponse update(Caller caller, long id, KindergartenEntryRequest request, String ifMatch) {
        CreationKindergartenEntry e = repository.findVisible(caller, id)
                .orElseThrow(() -> ApiException.notFound("千园达标名册条目", "Kindergarten register entry"));
        Etags.expectedVersion(ifMatch, request.version(), e.version);
        String countyPath = checkPlace(caller, request);
        if (e.kindergartenOrgId.longValue() != request.kindergartenOrgId()
                && repository.findByKindergarten(request.kindergartenOrgId()).isPresent()) {
            throw ApiException.conflict("DUPLICATE", "该幼儿园已在千园达标名册中", "The kindergarten is already registered");
        }
        Map<String, Object> before = snapshot(e);
        apply(caller, e, request);
        e.updatedAt = OffsetDateTime.now(); // a jsonb-only change must still bump the version
        repository.flush();
        audit.record(caller, "UPDATE", "CREATION_KINDERGARTEN", e.id, countyPath, "修改千园达标名册：" + describe(e),
                AuditService.changes(before, snapshot(e)));
        return responses(List.of(e)).get(0);
    }

    /** The county must be one the caller's office covers, the kindergarten a school under that county (else 400). */
    private String checkPlace(Caller caller, KindergartenEntryRequest request) {
        String countyPath = organizations.pathInScope(caller, request.countyOrgId())
                .orElseThrow(() -> ApiException.validation("countyOrgId", "县区不存在或不在本单位辖区内", "no such county in the caller's subtree"));
        if (!caller.isAdmin() && !caller.isOffice()) {
            throw ApiException.forbidden("只有督导办可以维护千园达标名册", "Only supervision offices maintain the register");
        }
        OrganizationSummary county = organizations.summaries(List.of(request.countyOrgId())).get(request.countyOrgId());
        if (county.type() != OrgType.COUNTY) {
            throw ApiException.validation("countyOrgId", "请选择县（市、区）", "not a county");
        }
        String kindergartenPath = organizations.pathOf(request.kindergartenOrgId()).orElse(null);
        OrganizationSummary kindergarten = organizations.summaries(List.of(request.kindergartenOrgId())).get(request.kindergartenOrgId());
        if (kindergartenPath == null || !kindergartenPath.startsWith(countyPath) || kindergarten.type() != OrgType.SCHOOL) {
            throw ApiException.validation("kindergartenOrgId", "幼儿园不在该县（市、区）内", "the kindergarten is not under the county");
        }
        return countyPath;
    }

    private static void apply(Caller caller, CreationKindergartenEntry e, KindergartenEntryRequest r) {
        e.countyOrgId = r.countyOrgId();
        e.kindergartenOrgId = r.kindergartenOrgId();
        e.targetYear = r.targetYear();
        e.checklistResult = r.checklistResult();
        e.status = r.status();
        e.evidence = r.evidence() == null ? List.of() : r.evidence().stream().map(String::strip).toList();
        e.note = r.note() == null || r.note().isBlank() ? null : r.note().strip();
        e.updatedBy = caller.userId();
    }

    private static String describe(CreationKindergartenEntry e) {
        return "幼儿园 " + e.kindergartenOrgId + "，" + e.targetYear + " 年，" + e.status;
    }

    private static Map<String, Object> snapshot(CreationKindergartenEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("countyOrgId", e.countyOrgId);
        m.put("kindergartenOrgId", e.kindergartenOrgId);
        m.put("targetYear", e.targetYear);
        m.put("checklistResult", e.checklistResult == null ? null : e.checklistResult.name());
        m.put("status", e.status == null ? null : e.status.name());
        m.put("evidence", e.evidence);
        m.put("note", e.note);
        return m;
    }

    private List<KindergartenEntryResponse> responses(List<CreationKindergartenEntry> items) {
        Set<Long> ids = new HashSet<>();
        items.forEach(e -> {
            ids.add(e.countyOrgId);
            ids.add(e.kindergartenOrgId);
        });
        Map<Long, OrganizationSummary> orgs = organizations.summaries(ids);
        return items.stream().map(e -> new KindergartenEntryResponse(e.id, e.countyOrgId, name(orgs.get(e.countyOrgId)), e.kindergartenOrgId,
                name(orgs.get(e.kindergartenOrgId)), e.targetYear, e.checklistResult, e.status, e.evidence, e.note, e.version,
                e.updatedAt)).toList();
    }

    private static String name(OrganizationSummary o) {
        return o == null ? "" : o.name();
    }
}

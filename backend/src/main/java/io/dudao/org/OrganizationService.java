package io.dudao.org;

import io.dudao.audit.AuditService;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.org.OrganizationDtos.OrganizationNode;
import io.dudao.org.OrganizationDtos.OrganizationResponse;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import io.dudao.org.OrganizationDtos.SaveOrganizationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class OrganizationService {

    static final Map<String, String> SORTABLE = Map.of("name", "name", "code", "code", "type", "type", "id", "id");

    @Inject
    OrganizationRepository repository;

    @Inject
    AuditService audit;

    public PageResponse<OrganizationResponse> list(Caller caller, OrgType type, Long parentId, String q, PageQuery page) {
        var query = repository.search(caller, type, parentId, q, page);
        return new PageResponse<>(query.list().stream().map(OrganizationResponse::of).toList(), page.page(),
                page.size(), query.count());
    }

    public OrganizationResponse get(Caller caller, long id) {
        return OrganizationResponse.of(visible(caller, id));
    }

    /** The caller's own subtree (ADMIN: every root) as nested nodes, built from one query. */
    public List<OrganizationNode> tree(Caller caller) {
        List<Organization> rows = repository.subtree(caller.isAdministrator() ? "/" : caller.orgPath());
        Map<Long, List<OrganizationNode>> children = new LinkedHashMap<>();
        Map<Long, OrganizationNode> nodes = new LinkedHashMap<>();
        for (Organization o : rows) {
            List<OrganizationNode> kids = new ArrayList<>();
            children.put(o.id, kids);
            nodes.put(o.id, new OrganizationNode(o.id, o.code, o.name, o.type, o.parentId, o.officeName, o.stage, kids));
        }
        List<OrganizationNode> roots = new ArrayList<>();
        for (Organization o : rows) {
            List<OrganizationNode> siblings = o.parentId == null ? null : children.get(o.parentId);
            if (siblings == null) {
                roots.add(nodes.get(o.id));
            } else {
                siblings.add(nodes.get(o.id));
            }
        }
        return roots;
    }

    @Transactional
    public OrganizationResponse create(Caller caller, SaveOrganizationRequest request) {
        requireAdmin(caller);
        if (repository.codeTaken(request.code(), null)) {
            throw codeTaken();
        }
        Organization parent = parentFor(caller, request);
        Organization org = new Organization();
        apply(org, request);
        if (request.documentPrefix() != null) {
            org.documentPrefix = checkedPrefix(request.documentPrefix(), null, "documentPrefix");
        }
        org.path = "/"; // replaced once the id is known
        repository.persistAndFlush(org);
        org.path = (parent == null ? "/" : parent.path) + org.id + "/";
        repository.flush();
        if (org.documentPrefix == null && applySeededDocumentPrefixes() > 0) {
            repository.getEntityManager().refresh(org);
        }
        audit.record(caller, "CREATE", "ORGANIZATION", org.id, org.path, "新建机构 " + org.name, snapshot(org));
        return OrganizationResponse.of(org);
    }

    @Transactional
    public OrganizationResponse update(Caller caller, long id, SaveOrganizationRequest request, String ifMatch) {
        requireAdmin(caller);
        Organization org = visible(caller, id);
        io.dudao.common.web.Etags.expectedVersion(ifMatch, request.version(), org.version);
        if (repository.codeTaken(request.code(), id)) {
            throw codeTaken();
        }
        Map<String, Object> before = snapshot(org);
        Organization parent = parentFor(caller, request);
        if (request.documentPrefix() != null) {
            org.documentPrefix = checkedPrefix(request.documentPrefix(), org.id, "documentPrefix");
        }
        if (parent != null && parent.path.startsWith(org.path)) {
            throw ApiException.validation("parentId", "不能把机构移动到它自己或它的下级之下",
                    "an organisation cannot move under itself or its descendants");
        }
        apply(org, request);
        String newPath = (parent == null ? "/" : parent.path) + org.id + "/";
        if (!newPath.equals(org.path)) {
            String oldPath = org.path;
            org.path = newPath;
            repository.flush();
            repository.movePaths(oldPath, newPath);
        }
        repository.flush();
        audit.record(caller, "UPDATE", "ORGANIZATION", org.id, org.path, "修改机构 " + org.name,
                AuditService.changes(before, snapshot(org)));
        return OrganizationResponse.of(org);
    }

    /**
     * For case numbers: the organisation's 文号 abbreviation, or the one its first number will get,
     * derived from its name (华州区 → 华州教督问) when none is set.
     */
    public String documentPrefix(long orgId) {
        Organization org = repository.findById(orgId);
        return org.documentPrefix != null ? org.documentPrefix : derivedPrefix(org);
    }

    /** The organisation's 文号 abbreviation; one derived from its name is stored on first use, so it stays its own. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String assignDocumentPrefix(long orgId) {
        Organization org = repository.findById(orgId);
        if (org.documentPrefix == null) {
            org.documentPrefix = derivedPrefix(org);
            repository.flush();
        }
        return org.documentPrefix;
    }

    private String derivedPrefix(Organization org) {
        String name = org.name.trim();
        if (name.length() > 2 && "省市县区".indexOf(name.charAt(name.length() - 1)) >= 0) {
            name = name.substring(0, name.length() - 1);
        }
        String prefix = name + "教督问";
        boolean taken = repository.count("documentPrefix = ?1 and id <> ?2", prefix, org.id) > 0;
        return taken ? name + org.code + "教督问" : prefix;
    }

    /** Sets an organisation's 文号 abbreviation (the caller's rights are checked by the caller). */
    @Transactional(Transactional.TxType.MANDATORY)
    public String setDocumentPrefix(Caller caller, long orgId, String prefix, String field) {
        Organization org = repository.findById(orgId);
        String before = org.documentPrefix;
        org.documentPrefix = checkedPrefix(prefix, orgId, field);
        repository.flush();
        audit.record(caller, "UPDATE", "CASE_NUMBERING", orgId, org.path, "问责案件编号前缀设为 " + org.documentPrefix,
                AuditService.changes(java.util.Collections.singletonMap("documentPrefix", before),
                        Map.of("documentPrefix", org.documentPrefix)));
        return org.documentPrefix;
    }

    private String checkedPrefix(String prefix, Long exceptId, String field) {
        String clean = prefix.trim();
        if (clean.isEmpty() || clean.contains("〔") || clean.contains("〕") || clean.contains("[") || clean.contains("]")) {
            throw ApiException.validation(field, "前缀不能为空，且不含年份括号，例如“渭教督问”", "the prefix is not empty and has no year brackets");
        }
        boolean taken = exceptId == null ? repository.count("documentPrefix", clean) > 0
                : repository.count("documentPrefix = ?1 and id <> ?2", clean, exceptId) > 0;
        if (taken) {
            throw new ApiException(409, "PREFIX_TAKEN", "文号前缀“" + clean + "”已被其他单位使用",
                    "The prefix " + clean + " is already used by another organisation",
                    List.of(new io.dudao.common.error.FieldError(field, "已被其他单位使用")), Map.of());
        }
        return clean;
    }

    /**
     * Gives organisations without a 文号 abbreviation the one seeded for their code (table
     * document_prefix_seed), unless another organisation already uses it; returns how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int applySeededDocumentPrefixes() {
        return repository.getEntityManager().createNativeQuery("""
                update organization o set document_prefix = s.prefix from document_prefix_seed s
                where s.org_code = o.code and o.document_prefix is null
                  and not exists (select 1 from organization other where other.document_prefix = s.prefix)""").executeUpdate();
    }

    /** For other features: the organisation if the caller may see it. */
    public Optional<OrganizationSummary> findVisible(Caller caller, long id) {
        return repository.findVisible(caller, id).map(OrganizationSummary::of);
    }

    /** For other features: the tree path of an organisation (no visibility check). */
    public Optional<String> pathOf(long id) {
        return repository.findByIdOptional(id).map(o -> o.path);
    }

    /**
     * For other features: the tree path of an organisation inside the caller's subtree (ADMIN: any),
     * empty when it does not exist or lies outside — the check behind "assign to / create in".
     */
    public Optional<String> pathInScope(Caller caller, Long id) {
        return id == null ? Optional.empty() : pathOf(id).filter(path -> caller.isAdministrator() || caller.covers(path));
    }

    /** For other features: summaries of the given organisations, in one query. */
    public Map<Long, OrganizationSummary> summaries(java.util.Collection<Long> ids) {
        Map<Long, OrganizationSummary> out = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            repository.list("id in ?1", List.copyOf(ids)).forEach(o -> out.put(o.id, OrganizationSummary.of(o)));
        }
        return out;
    }

    /** Tree paths of organisations, in one query. */
    public Map<Long, String> paths(java.util.Collection<Long> ids) {
        Map<Long, String> out = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            repository.list("id in ?1", List.copyOf(ids)).forEach(o -> out.put(o.id, o.path));
        }
        return out;
    }

    /** For other features: the schools and kindergartens below an organisation, by code, in one query. */
    public List<OrganizationResponse> schoolsUnder(long orgId) {
        String path = pathOf(orgId).orElse(null);
        if (path == null) {
            return List.of();
        }
        return repository.list("path like ?1 and type = ?2 order by code", path + "%", OrgType.SCHOOL).stream()
                .map(OrganizationResponse::of).toList();
    }

    /** For exports: names of every organisation the caller can see, in one query. */
    public Map<Long, String> namesInScope(Caller caller) {
        Map<Long, String> out = new java.util.HashMap<>();
        List<Organization> orgs = caller.isAdmin() ? repository.listAll()
                : repository.list("path like ?1 or id in ?2", caller.orgPath() + "%", caller.ancestorOrSelfIds());
        orgs.forEach(o -> out.put(o.id, o.name));
        return out;
    }

    private Organization visible(Caller caller, long id) {
        return repository.findVisible(caller, id).orElseThrow(() -> ApiException.notFound("机构", "Organization"));
    }

    private Organization parentFor(Caller caller, SaveOrganizationRequest request) {
        if (request.parentId() == null) {
            if (request.type() != OrgType.PROVINCE) {
                throw ApiException.validation("parentId", "除省级外，机构必须有上级机构", "parentId is required for this type");
            }
            return null;
        }
        return repository.findVisible(caller, request.parentId()).orElseThrow(
                () -> ApiException.validation("parentId", "上级机构不存在", "no such parent organisation"));
    }

    private static void apply(Organization org, SaveOrganizationRequest request) {
        org.code = request.code().trim();
        org.name = request.name().trim();
        org.type = request.type();
        org.parentId = request.parentId();
        org.officeName = request.officeName() == null || request.officeName().isBlank() ? null : request.officeName().trim();
        org.stage = request.type() == OrgType.SCHOOL ? request.stage() : null;
    }

    private static Map<String, Object> snapshot(Organization o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", o.code);
        m.put("name", o.name);
        m.put("type", o.type.name());
        m.put("parentId", o.parentId);
        m.put("officeName", o.officeName);
        m.put("stage", o.stage == null ? null : o.stage.name());
        m.put("documentPrefix", o.documentPrefix);
        return m;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.administersSystem()) {
            throw ApiException.forbidden("只有系统管理员可以维护机构", "Only administrators may change organisations");
        }
    }

    private static ApiException codeTaken() {
        return new ApiException(409, "CODE_TAKEN", "机构代码已被使用", "That organisation code is already in use",
                List.of(new io.dudao.common.error.FieldError("code", "机构代码已被使用")), Map.of());
    }
}

package io.dudao.conflict;

import io.dudao.audit.AuditService;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.conflict.ConflictDtos.DeclarationResponse;
import io.dudao.conflict.ConflictDtos.DeclareRequest;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import io.dudao.org.OrganizationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Declared ties, kept by the user themself or by an office above them (and administrators). Anyone
 * else gets 404: a user outside the caller's reach does not exist for them.
 */
@ApplicationScoped
public class ConflictDeclarationService {

    @Inject
    EntityManager em;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditService audit;

    public List<DeclarationResponse> list(Caller caller, long userId) {
        managedUserPath(caller, userId);
        List<ConflictDeclaration> rows = em.createQuery("from ConflictDeclaration d where d.userId = :user order by d.id",
                ConflictDeclaration.class).setParameter("user", userId).getResultList();
        Map<Long, OrganizationSummary> orgs = organizations.summaries(rows.stream().map(d -> d.organizationId).toList());
        return rows.stream().map(d -> toResponse(d, orgs.get(d.organizationId))).toList();
    }

    @Transactional
    public DeclarationResponse declare(Caller caller, long userId, DeclareRequest request) {
        String userPath = managedUserPath(caller, userId);
        OrganizationSummary org = organizations.findVisible(caller, request.organizationId()).orElseThrow(() ->
                ApiException.validation("organizationId", "机构不存在或无权查看", "no such organisation visible to you"));
        boolean exists = !em.createQuery("select d.id from ConflictDeclaration d where d.userId = :user and d.organizationId = :org",
                        Long.class).setParameter("user", userId).setParameter("org", org.id()).getResultList().isEmpty();
        if (exists) {
            throw ApiException.conflict("DECLARATION_EXISTS", "已申报与" + org.name() + "的利害关系",
                    "A tie to " + org.name() + " is already declared");
        }
        ConflictDeclaration d = new ConflictDeclaration();
        d.userId = userId;
        d.organizationId = org.id();
        d.reason = request.reason().trim();
        d.since = request.since();
        d.createdBy = caller.userId() > 0 ? caller.userId() : null;
        em.persist(d);
        em.flush();
        audit.record(caller, "CREATE", "CONFLICT_DECLARATION", d.id, userPath, "申报回避：" + org.name(), snapshot(d, org));
        return toResponse(d, org);
    }

    @Transactional
    public void remove(Caller caller, long userId, long declarationId) {
        String userPath = managedUserPath(caller, userId);
        ConflictDeclaration d = em.find(ConflictDeclaration.class, declarationId);
        if (d == null || d.userId != userId) {
            throw ApiException.notFound("回避申报", "Conflict declaration");
        }
        OrganizationSummary org = organizations.summaries(List.of(d.organizationId)).get(d.organizationId);
        audit.record(caller, "DELETE", "CONFLICT_DECLARATION", d.id, userPath, "撤销回避申报：" + org.name(), snapshot(d, org));
        em.remove(d);
    }

    /** The user's organisation path, when the caller is the user, an office above them, or an administrator. */
    private String managedUserPath(Caller caller, long userId) {
        List<?> rows = em.createNativeQuery("""
                        select o.path from app_user u join organization o on o.id = u.organization_id where u.id = ?1""")
                .setParameter(1, userId).getResultList();
        String path = rows.isEmpty() ? null : (String) rows.get(0);
        boolean allowed = path != null && (caller.userId() == userId || caller.isAdmin() || caller.isOffice() && caller.covers(path));
        if (!allowed) {
            throw ApiException.notFound("用户", "User");
        }
        return path;
    }

    private static DeclarationResponse toResponse(ConflictDeclaration d, OrganizationSummary org) {
        return new DeclarationResponse(d.id, d.userId, d.organizationId, org == null ? null : org.name(), d.reason, d.since,
                d.createdAt);
    }

    private static Map<String, Object> snapshot(ConflictDeclaration d, OrganizationSummary org) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("userId", d.userId);
        m.put("organizationId", d.organizationId);
        m.put("organizationName", org == null ? null : org.name());
        m.put("reason", d.reason);
        m.put("since", d.since == null ? null : d.since.toString());
        return m;
    }
}

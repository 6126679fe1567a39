package io.dudao.user;

import io.dudao.audit.AuditService;
import io.dudao.audit.AuditService.Actor;
import io.dudao.common.security.CurrentCaller;
import io.dudao.common.security.Role;
import io.dudao.org.OrgType;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * At start-up, after first-start data: flags active accounts whose roles do not fit their
 * organisation (created before the rule, or left behind by an organisation's change of type). They
 * are logged and audited here; the user list shows each one's misfit roles.
 */
@ApplicationScoped
public class RoleFitCheck {

    private static final Logger LOG = Logger.getLogger(RoleFitCheck.class);

    @Inject
    EntityManager em;

    @Inject
    RoleFit roleFit;

    @Inject
    AuditService audit;

    public record Misfit(long userId, String username, List<Role> roles) {
    }

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 500) StartupEvent event) {
        List<Misfit> misfits = findMisfits();
        if (misfits.isEmpty()) {
            return;
        }
        misfits.forEach(m -> LOG.warnf("Account '%s' holds roles that do not fit its organisation: %s", m.username(), m.roles()));
        List<String> names = misfits.stream().limit(100).map(m -> m.username() + " " + m.roles()).toList();
        audit.record(Actor.SYSTEM, "ROLE_FIT_CHECK", "USER", null, "/",
                misfits.size() + " 个账号的角色与所属机构不符", Map.of("accounts", names, "count", misfits.size()));
    }

    /** Every active account whose roles do not fit its organisation's type, by username. */
    public List<Misfit> findMisfits() {
        RoleFit.Rules rules = roleFit.rules();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select u.id, u.username, u.roles, o.type from app_user u join organization o on o.id = u.organization_id
                where u.active order by u.username""").getResultList();
        List<Misfit> out = new ArrayList<>();
        for (Object[] row : rows) {
            OrgType type;
            try {
                type = OrgType.valueOf((String) row[3]);
            } catch (IllegalArgumentException e) {
                type = null;
            }
            List<Role> wrong = rules.misfits(CurrentCaller.parseRoles((String) row[2]), type);
            if (!wrong.isEmpty()) {
                out.add(new Misfit(((Number) row[0]).longValue(), (String) row[1], wrong));
            }
        }
        return out;
    }
}

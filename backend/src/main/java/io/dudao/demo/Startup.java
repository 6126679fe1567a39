package io.dudao.demo;

import io.dudao.common.security.Passwords;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * First-start data: the demo organisations and users (once, never overwriting later changes), or,
 * without demo data, an initial `admin` so a fresh installation can be signed into. With separated
 * administrators (APP_SEPARATE_ADMINS=true), each of SYSTEM_ADMIN, SECURITY_ADMIN and AUDIT_ADMIN
 * that no active account holds gets one (sysadmin, secadmin, auditadmin) with a one-time password.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class);
    /** Serialises first-start work across replicas sharing one database. */
    private static final long LOCK_KEY = 0x64756461L;

    @Inject
    EntityManager em;

    @Inject
    DemoData demoData;

    @Inject
    DemoPlans demoPlans;

    @Inject
    io.dudao.inspection.DemoInspections demoInspections;

    @Inject
    io.dudao.creation.DemoCreation demoCreation;

    @Inject
    io.dudao.supervision.DemoSupervision demoSupervision;

    @Inject
    io.dudao.accountability.DemoAccountability demoAccountability;

    @Inject
    io.dudao.monitoring.DemoMonitoring demoMonitoring;

    @ConfigProperty(name = "app.demo-data")
    boolean demoEnabled;

    @ConfigProperty(name = "app.admin-password")
    Optional<String> adminPassword;

    @Inject
    io.dudao.common.security.AdminMode adminMode;

    // one transaction so that two replicas never load half each; demo loading (the demo's two years through
    // the services, many password hashes) can outlast the default 60 s on a busy machine
    @Transactional
    @TransactionConfiguration(timeout = 900)
    void onStart(@Observes StartupEvent event) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK_KEY).getSingleResult();
        if (demoEnabled) {
            demoData.loadOnce();
            demoPlans.loadOnce();
            demoInspections.loadOnce();
            demoSupervision.loadOnce();
            demoCreation.loadOnce();
            demoAccountability.loadOnce();
            demoMonitoring.loadOnce();
        }
        createInitialAdminIfNoUsers();
        if (adminMode.separate()) {
            createSeparatedAdminsIfMissing();
        }
    }

    /** One account per separated administrator role that no active account holds, at the root organisation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void createSeparatedAdminsIfMissing() {
        java.util.Map<String, String> accounts = new java.util.LinkedHashMap<>();
        accounts.put("SYSTEM_ADMIN", "sysadmin");
        accounts.put("SECURITY_ADMIN", "secadmin");
        accounts.put("AUDIT_ADMIN", "auditadmin");
        Long rootId = rootOrganization();
        accounts.forEach((role, username) -> {
            boolean held = ((Number) em.createNativeQuery(
                            "select count(*) from app_user where active and concat(',', roles, ',') like ?1")
                    .setParameter(1, "%," + role + ",%").getSingleResult()).longValue() > 0;
            boolean taken = ((Number) em.createNativeQuery("select count(*) from app_user where lower(username) = ?1")
                    .setParameter(1, username).getSingleResult()).longValue() > 0;
            if (held || taken) {
                return;
            }
            String password = randomPassword();
            insertAdministrator(username, "三员分立 " + role, rootId, role, password, true);
            LOG.warnf("Created the separated administrator '%s' (%s) with the one-time password: %s"
                    + " (shown only now; it must be changed at the first sign-in)", username, role, password);
        });
    }

    private void insertAdministrator(String username, String displayName, long orgId, String role, String password,
                                     boolean mustChange) {
        em.createNativeQuery("""
                        insert into app_user (username, display_name, password_hash, organization_id, roles, must_change_password)
                        values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, username).setParameter(2, displayName).setParameter(3, Passwords.hash(password))
                .setParameter(4, orgId).setParameter(5, role).setParameter(6, mustChange).executeUpdate();
        em.createNativeQuery("""
                        insert into audit_event (actor, action, entity_type, summary)
                        values ('system', 'CREATE', 'USER', ?1)""").setParameter(1, "创建初始管理员 " + username).executeUpdate();
    }

    private void createInitialAdminIfNoUsers() {
        long users = ((Number) em.createNativeQuery("select count(*) from app_user").getSingleResult()).longValue();
        if (users > 0) {
            return;
        }
        if (adminMode.separate()) {
            return; // the separated administrators are created instead
        }
        String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = randomPassword();
        }
        insertAdministrator("admin", "系统管理员", rootOrganization(), "ADMIN", password, generated);
        if (generated) {
            LOG.warnf("Created the initial administrator 'admin' with the one-time password: %s"
                    + " (it is shown only now; it must be changed at the first sign-in)", password);
        } else {
            LOG.info("Created the initial administrator 'admin' with APP_ADMIN_PASSWORD");
        }
    }

    private Long rootOrganization() {
        Long rootId = (Long) em.createNativeQuery("select id from organization where parent_id is null order by id limit 1", Long.class)
                .getResultStream().findFirst().orElse(null);
        if (rootId == null) {
            rootId = ((Number) em.createNativeQuery("""
                    insert into organization (code, name, type, path) values ('ROOT', '教育督导委员会', 'PROVINCE', '/')
                    returning id""").getSingleResult()).longValue();
            em.createNativeQuery("update organization set path = '/' || id || '/' where id = ?1")
                    .setParameter(1, rootId).executeUpdate();
        }
        return rootId;
    }

    /** 16 characters from upper case, lower case and digits, plus a symbol: meets the password rules. */
    static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.append("#").toString();
    }
}

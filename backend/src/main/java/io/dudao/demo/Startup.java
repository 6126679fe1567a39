package io.dudao.demo;

import io.dudao.common.security.Passwords;
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
 * without demo data, an initial `admin` so a fresh installation can be signed into.
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
    io.dudao.accountability.DemoAccountability demoAccountability;

    @ConfigProperty(name = "app.demo-data")
    boolean demoEnabled;

    @ConfigProperty(name = "app.admin-password")
    Optional<String> adminPassword;

    /** Loading the demo's two years through the services takes a while on a small machine. */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    void onStart(@Observes StartupEvent event) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK_KEY).getSingleResult();
        if (demoEnabled) {
            demoData.loadOnce();
            demoPlans.loadOnce();
            demoInspections.loadOnce();
            demoCreation.loadOnce();
            demoAccountability.loadOnce();
        }
        createInitialAdminIfNoUsers();
    }

    private void createInitialAdminIfNoUsers() {
        long users = ((Number) em.createNativeQuery("select count(*) from app_user").getSingleResult()).longValue();
        if (users > 0) {
            return;
        }
        Long rootId = (Long) em.createNativeQuery("select id from organization where parent_id is null order by id limit 1", Long.class)
                .getResultStream().findFirst().orElse(null);
        if (rootId == null) {
            rootId = ((Number) em.createNativeQuery("""
                    insert into organization (code, name, type, path) values ('ROOT', '教育督导委员会', 'PROVINCE', '/')
                    returning id""").getSingleResult()).longValue();
            em.createNativeQuery("update organization set path = '/' || id || '/' where id = ?1")
                    .setParameter(1, rootId).executeUpdate();
        }
        String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = randomPassword();
        }
        em.createNativeQuery("""
                        insert into app_user (username, display_name, password_hash, organization_id, roles)
                        values ('admin', '系统管理员', ?1, ?2, 'ADMIN')""")
                .setParameter(1, Passwords.hash(password)).setParameter(2, rootId).executeUpdate();
        em.createNativeQuery("""
                insert into audit_event (actor, action, entity_type, summary)
                values ('system', 'CREATE', 'USER', '创建初始管理员 admin')""").executeUpdate();
        if (generated) {
            LOG.warnf("Created the initial administrator 'admin' with the one-time password: %s"
                    + " (it is shown only now; change it after signing in)", password);
        } else {
            LOG.info("Created the initial administrator 'admin' with APP_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}

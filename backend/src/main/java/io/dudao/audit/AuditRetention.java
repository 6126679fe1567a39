package io.dudao.audit;

import io.dudao.audit.AuditService.Actor;
import io.dudao.common.time.AppClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * Audit events are kept APP_AUDIT_RETENTION_DAYS (never fewer than 180), then purged once a night by
 * one replica. The purge is the only deletion the database allows on audit_event: its trigger lets
 * through deletes of events older than 180 days, and only in a transaction that marks itself as the
 * retention purge.
 */
@ApplicationScoped
public class AuditRetention {

    public static final int MINIMUM_DAYS = 180;
    private static final Logger LOG = Logger.getLogger(AuditRetention.class);
    private static final long LOCK_KEY = 0x61756469L; // "audi"

    @ConfigProperty(name = "app.audit.retention-days", defaultValue = "180")
    int configuredDays;

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    AuditService audit;

    @PostConstruct
    void warnWhenTooShort() {
        if (configuredDays < MINIMUM_DAYS) {
            LOG.warnf("APP_AUDIT_RETENTION_DAYS=%d is below the legal minimum; audit events are kept %d days",
                    configuredDays, MINIMUM_DAYS);
        }
    }

    public int retentionDays() {
        return Math.max(MINIMUM_DAYS, configuredDays);
    }

    @Scheduled(cron = "0 30 3 * * ?", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        purge();
    }

    /** Deletes the events older than the retention period; returns how many. */
    @Transactional
    public int purge() {
        Boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, LOCK_KEY)
                .getSingleResult();
        if (!Boolean.TRUE.equals(mine)) {
            return 0;
        }
        em.createNativeQuery("select set_config('dudao.audit_retention_purge', 'on', true)").getSingleResult();
        int removed = em.createNativeQuery("""
                        delete from audit_event where occurred_at < least(cast(?1 as timestamptz), now() - interval '180 days')""")
                .setParameter(1, clock.now().minusDays(retentionDays())).executeUpdate();
        em.createNativeQuery("select set_config('dudao.audit_retention_purge', 'off', true)").getSingleResult();
        if (removed > 0) {
            audit.record(Actor.SYSTEM, "AUDIT_PURGE", "AUDIT_LOG", null, "/",
                    "按保存期限清理 " + retentionDays() + " 天前的操作日志 " + removed + " 条",
                    Map.of("removed", removed, "retentionDays", retentionDays()));
        }
        return removed;
    }
}

package io.dudao.notification;

import io.dudao.audit.AuditService;
import io.dudao.audit.AuditService.Actor;
import io.dudao.calendar.WorkingDays;
import io.dudao.common.security.Caller;
import io.dudao.common.security.Role;
import io.dudao.common.time.AppClock;
import io.dudao.common.work.WorkRegistry;
import io.dudao.notification.NotificationDtos.NotificationKind;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The daily deadline reminders: for every open piece of work due within 3 working days (on the
 * administrators' calendar) or overdue, one notification to its owner organisation's people, at most
 * once per object and day. One replica runs it at a time: the run holds a PostgreSQL advisory lock for
 * its transaction, and another replica that finds it taken skips.
 */
@ApplicationScoped
public class ReminderRun {

    static final long LOCK_KEY = 0x4475_6461_6f52_656dL; // "DudaoRem"
    static final int DUE_SOON_WORKING_DAYS = 3;
    private static final int PAGE = 200;
    /** Reads every organisation's work: the registry's view from the root, as an administrator. */
    private static final Caller SYSTEM = new Caller(0, "system", 0, "/", Set.of(Role.ADMIN));

    @Inject
    WorkRegistry registry;

    @Inject
    WorkingDays workingDays;

    @Inject
    NotificationService notifications;

    @Inject
    AppClock clock;

    @Inject
    AuditService audit;

    @Inject
    EntityManager em;

    /** What a run did; {@code ran} is false when another replica held the lock. */
    public record Result(boolean ran, int dueSoon, int overdue) {
    }

    @Scheduled(cron = "${app.reminders.cron:0 0 7 * * ?}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        run();
    }

    @Transactional
    public Result run() {
        Boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, LOCK_KEY).getSingleResult();
        if (!Boolean.TRUE.equals(mine)) {
            return new Result(false, 0, 0);
        }
        LocalDate today = clock.today();
        LocalDate dueSoonLimit = workingDays.add(today, DUE_SOON_WORKING_DAYS);
        int dueSoon = 0;
        int overdue = 0;
        // worst light first, then by due date: the run stops at the first item due after the limit
        for (int page = 0; ; page++) {
            var items = registry.openItems(SYSTEM, WorkRegistry.Filter.ALL, page, PAGE, today).items();
            boolean past = false;
            for (var item : items) {
                if (item.dueDate() == null || item.dueDate().isAfter(dueSoonLimit)) {
                    past = true;
                    break;
                }
                boolean late = item.dueDate().isBefore(today);
                int created = notifications.remind(late ? NotificationKind.OVERDUE : NotificationKind.DUE_SOON, item.kind(), item.id(),
                        item.title(), item.ownerOrgId(), today);
                if (late) {
                    overdue += created;
                } else {
                    dueSoon += created;
                }
            }
            if (past || items.size() < PAGE) {
                break;
            }
        }
        if (dueSoon + overdue > 0) {
            audit.record(Actor.SYSTEM, "REMIND", "NOTIFICATION", null, "/", "临期与逾期提醒：临期 " + dueSoon + " 条，逾期 " + overdue + " 条",
                    Map.of("day", today.toString(), "dueSoon", dueSoon, "overdue", overdue));
        }
        return new Result(true, dueSoon, overdue);
    }
}

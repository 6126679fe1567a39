package io.dudao.notification;

import io.dudao.audit.AuditService;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.common.time.AppClock;
import io.dudao.common.web.PageQuery;
import io.dudao.common.work.WorkEvent;
import io.dudao.common.work.WorkKind;
import io.dudao.notification.NotificationDtos.MarkedRead;
import io.dudao.notification.NotificationDtos.NotificationKind;
import io.dudao.notification.NotificationDtos.NotificationPage;
import io.dudao.notification.NotificationDtos.NotificationResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * In-app notifications: created for the people of a piece of work when something happens to it (from
 * {@link WorkEvent}s, in the transaction of the change) and by the daily reminder run; each user reads
 * only their own.
 */
@ApplicationScoped
public class NotificationService {

    /** Who hears of work addressed to an organisation: its active users who take steps (viewers only read). */
    private static final String RECIPIENTS = "select u.id from app_user u where u.active and ((u.organization_id = cast(?1 as bigint)"
            + " and u.roles <> 'VIEWER') or u.id = cast(?2 as bigint))";

    private static final String COLUMNS = "id, kind, work_kind, work_id, title, link, created_at, read_at";

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    AuditService audit;

    void onWork(@Observes WorkEvent event) {
        NotificationKind kind = NotificationKind.valueOf(event.type().name());
        em.createNativeQuery("insert into notification (user_id, kind, work_kind, work_id, title, link, created_at) "
                        + "select r.id, ?3, ?4, ?5, ?6, ?7, ?8 from (" + RECIPIENTS + ") r")
                .setParameter(1, event.recipientOrgId()).setParameter(2, event.recipientUserId())
                .setParameter(3, kind.name()).setParameter(4, event.kind().name()).setParameter(5, event.id())
                .setParameter(6, kind.title(event.kind(), event.title())).setParameter(7, event.kind().link(event.id()))
                .setParameter(8, clock.now()).executeUpdate();
    }

    /**
     * A deadline reminder about one piece of work for the people of an organisation, at most once per
     * user, kind, work and day; returns how many were created.
     */
    @Transactional
    public int remind(NotificationKind kind, WorkKind work, long id, String title, long orgId, LocalDate day) {
        return em.createNativeQuery("insert into notification (user_id, kind, work_kind, work_id, title, link, created_at, reminder_day) "
                        + "select r.id, ?3, ?4, ?5, ?6, ?7, ?8, ?9 from (" + RECIPIENTS + ") r on conflict do nothing")
                .setParameter(1, orgId).setParameter(2, null)
                .setParameter(3, kind.name()).setParameter(4, work.name()).setParameter(5, id)
                .setParameter(6, kind.title(work, title)).setParameter(7, work.link(id))
                .setParameter(8, clock.now()).setParameter(9, day).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NotificationPage list(Caller caller, boolean unreadOnly, PageQuery paging) {
        String where = " from notification where user_id = ?1" + (unreadOnly ? " and read_at is null" : "");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + where + " order by created_at desc, id desc")
                .setParameter(1, caller.userId()).setFirstResult(paging.page() * paging.size()).setMaxResults(paging.size())
                .getResultList();
        List<NotificationResponse> items = rows.stream().map(NotificationService::toResponse).toList();
        long total = items.size() < paging.size() && (paging.page() == 0 || !items.isEmpty())
                ? (long) paging.page() * paging.size() + items.size()
                : count("select count(*)" + where, caller);
        long unread = unreadOnly ? total : count("select count(*) from notification where user_id = ?1 and read_at is null", caller);
        return new NotificationPage(items, paging.page(), paging.size(), total, unread);
    }

    /** Marks one of the caller's notifications read; another user's answers 404 and stays as it was. */
    @Transactional
    public NotificationResponse markRead(Caller caller, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("update notification set read_at = coalesce(read_at, ?3) where id = ?1 and user_id = ?2"
                        + " returning " + COLUMNS)
                .setParameter(1, id).setParameter(2, caller.userId()).setParameter(3, clock.now()).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("通知", "Notification");
        }
        audit.record(caller, "READ", "NOTIFICATION", id, caller.orgPath(), "已读通知", Map.of());
        return toResponse(rows.get(0));
    }

    @Transactional
    public MarkedRead markAllRead(Caller caller) {
        int marked = em.createNativeQuery("update notification set read_at = ?2 where user_id = ?1 and read_at is null")
                .setParameter(1, caller.userId()).setParameter(2, clock.now()).executeUpdate();
        audit.record(caller, "READ_ALL", "NOTIFICATION", caller.userId(), caller.orgPath(), "全部通知标为已读", Map.of("marked", marked));
        return new MarkedRead(marked);
    }

    private long count(String sql, Caller caller) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, caller.userId()).getSingleResult()).longValue();
    }

    private static NotificationResponse toResponse(Object[] r) {
        return new NotificationResponse(((Number) r[0]).longValue(), NotificationKind.valueOf((String) r[1]), WorkKind.valueOf((String) r[2]),
                ((Number) r[3]).longValue(), (String) r[4], (String) r[5], instant(r[6]), instant(r[7]));
    }

    private static OffsetDateTime instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC).atZoneSameInstant(AppClock.ZONE).toOffsetDateTime();
        }
        return ((java.sql.Timestamp) value).toInstant().atZone(AppClock.ZONE).toOffsetDateTime();
    }
}

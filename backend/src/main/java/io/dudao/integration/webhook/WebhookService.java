package io.dudao.integration.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dudao.audit.AuditRecorded;
import io.dudao.audit.AuditService;
import io.dudao.common.db.SqlValues;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.common.security.Role;
import io.dudao.common.web.Etags;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.integration.EventTypes;
import io.dudao.integration.webhook.WebhookDtos.DeliveryResponse;
import io.dudao.integration.webhook.WebhookDtos.SaveWebhookRequest;
import io.dudao.integration.webhook.WebhookDtos.WebhookResponse;
import io.dudao.org.OrganizationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Webhook subscriptions, and the transactional outbox that feeds them. */
@ApplicationScoped
public class WebhookService {

    /** The stored, comma-joined list's column width. */
    static final int MAX_EVENT_TYPES_LENGTH = 1000;

    @Inject
    EntityManager em;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditService audit;

    @Inject
    TargetGuard guard;

    @Inject
    ObjectMapper mapper;

    @Inject
    io.dudao.common.security.SecretBox secrets;

    /** Secrets stored in clear by an earlier version are encrypted at start-up. */
    @Transactional
    void encryptLegacySecrets(@Observes io.quarkus.runtime.StartupEvent event) {
        em.createQuery("from Webhook w where w.secret not like 'v1:%'", Webhook.class).getResultList()
                .forEach(w -> w.secret = secrets.encrypt(w.secret));
    }

    public List<WebhookResponse> list(Caller caller) {
        requireManager(caller);
        Map<String, Object> params = new HashMap<>();
        return em.createQuery("from Webhook w where " + visibility(caller, params) + " order by w.id", Webhook.class)
                .setParameter("subtree", params.get("subtree")).getResultList().stream().map(WebhookService::toResponse).toList();
    }

    @Transactional
    public WebhookResponse create(Caller caller, SaveWebhookRequest request) {
        requireManager(caller);
        guard.check(request.url());
        Webhook hook = new Webhook();
        hook.ownerOrgId = caller.orgId();
        hook.createdBy = caller.userId();
        apply(hook, request);
        em.persist(hook);
        em.flush();
        audit.record(caller, "CREATE", "WEBHOOK", hook.id, caller.orgPath(), "新建推送订阅 " + hook.url,
                Map.of("url", hook.url, "eventTypes", hook.eventTypes));
        return toResponse(hook);
    }

    @Transactional
    public WebhookResponse update(Caller caller, long id, SaveWebhookRequest request, String ifMatch) {
        requireManager(caller);
        Webhook hook = manageable(caller, id);
        Etags.expectedVersion(ifMatch, request.version(), hook.version);
        guard.check(request.url());
        apply(hook, request);
        em.flush();
        audit.record(caller, "UPDATE", "WEBHOOK", hook.id, organizations.pathOf(hook.ownerOrgId).orElse(null),
                "修改推送订阅 " + hook.url, Map.of("url", hook.url, "eventTypes", hook.eventTypes, "active", hook.active));
        return toResponse(hook);
    }

    @Transactional
    public void delete(Caller caller, long id) {
        requireManager(caller);
        Webhook hook = manageable(caller, id);
        audit.record(caller, "DELETE", "WEBHOOK", hook.id, organizations.pathOf(hook.ownerOrgId).orElse(null),
                "删除推送订阅 " + hook.url, Map.of("url", hook.url));
        em.remove(hook);
    }

    /** A webhook's deliveries, newest first, a page at a time (a failing receiver can pile up thousands). */
    public PageResponse<DeliveryResponse> deliveries(Caller caller, long id, PageQuery window) {
        requireManager(caller);
        manageable(caller, id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select cast(id as text), event_type, status, attempts, last_status, last_error, created_at,
                               next_attempt_at, delivered_at
                        from webhook_delivery where webhook_id = ?1 order by created_at desc, id limit ?2 offset ?3""")
                .setParameter(1, id).setParameter(2, window.size()).setParameter(3, window.offset()).getResultList();
        boolean lastPage = rows.size() < window.size() && (!rows.isEmpty() || window.page() == 0);
        long total = lastPage ? window.offset() + rows.size() : ((Number) em.createNativeQuery(
                "select count(*) from webhook_delivery where webhook_id = ?1").setParameter(1, id).getSingleResult()).longValue();
        return new PageResponse<>(rows.stream().map(WebhookService::toDelivery).toList(), window.page(), window.size(), total);
    }

    @Transactional
    public DeliveryResponse redeliver(Caller caller, long id, String deliveryId) {
        requireManager(caller);
        manageable(caller, id);
        UUID uuid;
        try {
            uuid = UUID.fromString(deliveryId);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("推送记录", "Delivery");
        }
        int updated = em.createNativeQuery("""
                        update webhook_delivery set status = 'PENDING', next_attempt_at = now(), created_at = now(), lease = null
                        where id = ?1 and webhook_id = ?2""")
                .setParameter(1, uuid).setParameter(2, id).executeUpdate();
        if (updated == 0) {
            throw ApiException.notFound("推送记录", "Delivery");
        }
        Object[] row = (Object[]) em.createNativeQuery("""
                        select cast(id as text), event_type, status, attempts, last_status, last_error, created_at,
                               next_attempt_at, delivered_at
                        from webhook_delivery where id = ?1""").setParameter(1, uuid).getSingleResult();
        return toDelivery(row);
    }

    /** The outbox: one delivery row per matching subscription, in the transaction of the change itself. */
    void enqueue(@Observes AuditRecorded event) {
        if (event.ownerOrgPath() == null || EventTypes.excluded(event.action())) {
            return;
        }
        String type = EventTypes.of(event.entityType(), event.action());
        @SuppressWarnings("unchecked")
        List<Object[]> hooks = em.createNativeQuery("""
                        select w.id, w.event_types from webhook w join organization o on o.id = w.owner_org_id
                        where w.active and ?1 like o.path || '%'""")
                .setParameter(1, event.ownerOrgPath()).getResultList();
        for (Object[] hook : hooks) {
            List<String> wanted = List.of(((String) hook[1]).split(","));
            if (!wanted.contains("*") && !wanted.contains(type)) {
                continue;
            }
            UUID id = UUID.randomUUID();
            em.createNativeQuery("""
                            insert into webhook_delivery (id, webhook_id, audit_event_id, event_type, payload, status)
                            values (?1, ?2, ?3, ?4, ?5, 'PENDING')""")
                    .setParameter(1, id).setParameter(2, ((Number) hook[0]).longValue()).setParameter(3, event.id())
                    .setParameter(4, type).setParameter(5, payload(id, type, event)).executeUpdate();
        }
    }

    private String payload(UUID delivery, String type, AuditRecorded event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("actor", event.actor());
        data.put("summary", event.summary());
        if (event.details() != null) {
            data.put("details", event.details());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deliveryId", delivery.toString());
        body.put("eventId", event.id());
        body.put("type", type);
        body.put("occurredAt", event.occurredAt().toString());
        body.put("resourceType", event.entityType().toLowerCase());
        body.put("resourceId", event.entityId());
        body.put("data", data);
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void apply(Webhook hook, SaveWebhookRequest request) {
        hook.url = request.url().trim();
        hook.eventTypes = String.join(",", request.eventTypes().stream().map(String::trim).distinct().toList());
        if (hook.eventTypes.length() > MAX_EVENT_TYPES_LENGTH) {
            throw ApiException.validation("eventTypes", "订阅的事件类型合计不能超过 " + MAX_EVENT_TYPES_LENGTH + " 个字符，可改用 *",
                    "the event types together must not exceed " + MAX_EVENT_TYPES_LENGTH + " characters; use * instead");
        }
        hook.secret = secrets.encrypt(request.secret());
        hook.active = request.active() == null || request.active();
    }

    private Webhook manageable(Caller caller, long id) {
        Map<String, Object> params = new HashMap<>();
        return em.createQuery("from Webhook w where w.id = :id and " + visibility(caller, params), Webhook.class)
                .setParameter("id", id).setParameter("subtree", params.get("subtree"))
                .getResultStream().findFirst().orElseThrow(() -> ApiException.notFound("推送订阅", "Webhook"));
    }

    private static String visibility(Caller caller, Map<String, Object> params) {
        params.put("subtree", caller.administersSystem() ? "/%" : caller.orgPath() + "%");
        return "w.ownerOrgId in (select o.id from Organization o where o.path like :subtree)";
    }

    private static void requireManager(Caller caller) {
        if (!caller.administersSystem() && !caller.has(Role.CITY_OFFICE) && !caller.has(Role.PROVINCE_OFFICE)) {
            throw ApiException.forbidden("只有系统管理员和省、市督导办可以管理推送订阅",
                    "Only administrators and province or city offices manage webhooks");
        }
    }

    private static WebhookResponse toResponse(Webhook w) {
        return new WebhookResponse(w.id, w.url, w.eventTypeList(), w.active, w.ownerOrgId, w.version, w.createdAt);
    }

    private static DeliveryResponse toDelivery(Object[] r) {
        return new DeliveryResponse((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                r[4] == null ? null : ((Number) r[4]).intValue(), (String) r[5], SqlValues.offsetDateTime(r[6]),
                SqlValues.offsetDateTime(r[7]), SqlValues.offsetDateTime(r[8]));
    }
}

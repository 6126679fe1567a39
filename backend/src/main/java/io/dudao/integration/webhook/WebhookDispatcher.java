package io.dudao.integration.webhook;

import io.dudao.common.error.ApiException;
import io.dudao.integration.webhook.TargetGuard.Target;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends due deliveries: claims a batch with FOR UPDATE SKIP LOCKED (so replicas share the work and
 * never send one twice at once), leases each for two minutes under a fresh lease id, and posts them
 * signed on a small pool of sender threads, so one slow receiver never holds up the others. An
 * outcome is recorded only while its lease is current: a late result (the lease ran out, or the
 * delivery was queued again meanwhile) never overwrites a newer state. Failures retry with
 * exponential backoff for 24 hours; receivers dedupe on X-Dudao-Delivery.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 20;
    /** The same words for every receiver that gave no HTTP answer, so last_error cannot map ports. */
    public static final String NO_ANSWER = "no valid HTTP answer (refused, unreachable, timed out or not HTTP)";
    static final String TARGET_REFUSED = "target not allowed: the host must resolve to a public address";

    @Inject
    EntityManager em;

    @Inject
    TargetGuard guard;

    @ConfigProperty(name = "app.webhooks.retry-base-seconds", defaultValue = "30")
    long retryBaseSeconds;

    @ConfigProperty(name = "app.webhooks.senders", defaultValue = "8")
    int senders;

    @Inject
    io.dudao.common.security.SecretBox secrets;

    private ExecutorService pool;
    private Semaphore free;

    record Due(UUID id, UUID lease, String url, String secret, String eventType, String payload, int attempts, boolean expired) {
    }

    @PostConstruct
    void start() {
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(senders, r -> {
            Thread thread = new Thread(r, "webhook-sender-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        free = new Semaphore(senders);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    @Scheduled(every = "${app.webhooks.poll-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        int capacity = Math.min(BATCH, free.availablePermits());
        if (capacity == 0) {
            return;
        }
        List<Due> due = QuarkusTransaction.requiringNew().call(() -> claim(capacity));
        for (Due delivery : due) {
            free.acquireUninterruptibly(); // only this (non-overlapping) job takes places, so they are there
            pool.execute(() -> {
                try {
                    deliver(delivery);
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Webhook delivery %s could not be recorded", delivery.id());
                } finally {
                    free.release();
                }
            });
        }
    }

    @SuppressWarnings("unchecked")
    List<Due> claim(int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        with due as (
                            select d.id from webhook_delivery d join webhook w on w.id = d.webhook_id
                            where d.status = 'PENDING' and d.next_attempt_at <= now() and w.active
                            order by d.next_attempt_at limit ?1
                            for update of d skip locked)
                        update webhook_delivery d set next_attempt_at = now() + interval '2 minutes', lease = gen_random_uuid()
                        from due, webhook w
                        where d.id = due.id and w.id = d.webhook_id
                        returning d.id, d.lease, w.url, w.secret, d.event_type, d.payload, d.attempts,
                                  d.created_at < now() - interval '24 hours'""")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new Due((UUID) r[0], (UUID) r[1], (String) r[2], secrets.decrypt((String) r[3]), (String) r[4],
                (String) r[5], ((Number) r[6]).intValue(), (Boolean) r[7])).toList();
    }

    void deliver(Due d) {
        if (d.expired()) {
            record(d, "FAILED", d.attempts(), null, "gave up after 24 hours", 0);
            return;
        }
        Integer status = null;
        String error;
        try {
            Target target = guard.check(d.url());
            long timestamp = System.currentTimeMillis() / 1000;
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json; charset=utf-8");
            headers.put("User-Agent", "Dudao-Webhooks/1");
            headers.put("X-Dudao-Delivery", d.id().toString());
            headers.put("X-Dudao-Event", d.eventType());
            headers.put("X-Dudao-Timestamp", Long.toString(timestamp));
            headers.put("X-Dudao-Signature", "sha256=" + sign(d.secret(), timestamp + "." + d.payload()));
            status = WebhookSender.post(target, headers, d.payload().getBytes(StandardCharsets.UTF_8));
            if (status >= 200 && status < 300) {
                record(d, "DELIVERED", d.attempts() + 1, status, null, 0);
                return;
            }
            error = "HTTP " + status;
        } catch (ApiException refused) {
            error = TARGET_REFUSED;
        } catch (WebhookSender.NoAnswer e) {
            LOG.debugf("Webhook delivery %s: %s", d.id(), e.getCause());
            error = NO_ANSWER;
        }
        int attempts = d.attempts() + 1;
        long backoff = Math.min(3600, retryBaseSeconds * (1L << Math.min(attempts - 1, 16)));
        LOG.debugf("Webhook delivery %s failed (%s); retry in %d s", d.id(), error, backoff);
        record(d, "PENDING", attempts, status, error, backoff);
    }

    /** Records the outcome of the attempt that holds the current lease; a late one changes nothing. */
    private void record(Due d, String status, int attempts, Integer httpStatus, String error, long retryInSeconds) {
        int updated = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        update webhook_delivery set status = ?2, attempts = ?3, last_status = cast(?4 as integer), last_error = cast(?5 as varchar),
                            next_attempt_at = now() + make_interval(secs => ?6), lease = null,
                            delivered_at = case when ?2 = 'DELIVERED' then now() else delivered_at end
                        where id = ?1 and lease = ?7""")
                .setParameter(1, d.id()).setParameter(2, status).setParameter(3, attempts).setParameter(4, httpStatus)
                .setParameter(5, error).setParameter(6, (double) retryInSeconds).setParameter(7, d.lease()).executeUpdate());
        if (updated == 0) {
            LOG.debugf("Webhook delivery %s: a late result (%s) was discarded, a newer attempt owns it", d.id(), status);
        }
    }

    public static String sign(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

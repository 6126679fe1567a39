package io.dudao.integration.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Sends due deliveries: claims a batch with FOR UPDATE SKIP LOCKED (so replicas share the work and
 * never send one twice at once), leases it for two minutes, posts it signed, then records the outcome.
 * Failures retry with exponential backoff for 24 hours; receivers dedupe on X-Dudao-Delivery.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 20;

    @Inject
    EntityManager em;

    @Inject
    TargetGuard guard;

    @ConfigProperty(name = "app.webhooks.retry-base-seconds", defaultValue = "30")
    long retryBaseSeconds;

    @Inject
    io.dudao.common.security.SecretBox secrets;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    record Due(UUID id, String url, String secret, String eventType, String payload, int attempts, boolean expired) {
    }

    @Scheduled(every = "${app.webhooks.poll-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        List<Due> due = QuarkusTransaction.requiringNew().call(this::claim);
        for (Due delivery : due) {
            deliver(delivery);
        }
    }

    @SuppressWarnings("unchecked")
    List<Due> claim() {
        List<Object[]> rows = em.createNativeQuery("""
                        select d.id, w.url, w.secret, d.event_type, d.payload, d.attempts,
                               d.created_at < now() - interval '24 hours'
                        from webhook_delivery d join webhook w on w.id = d.webhook_id
                        where d.status = 'PENDING' and d.next_attempt_at <= now() and w.active
                        order by d.next_attempt_at limit ?1
                        for update of d skip locked""")
                .setParameter(1, BATCH).getResultList();
        List<Due> due = rows.stream().map(r -> new Due((UUID) r[0], (String) r[1], secrets.decrypt((String) r[2]), (String) r[3],
                (String) r[4], ((Number) r[5]).intValue(), (Boolean) r[6])).toList();
        for (Due d : due) {
            em.createNativeQuery("update webhook_delivery set next_attempt_at = now() + interval '2 minutes' where id = ?1")
                    .setParameter(1, d.id()).executeUpdate();
        }
        return due;
    }

    void deliver(Due d) {
        if (d.expired()) {
            record(d.id(), "FAILED", d.attempts(), null, "gave up after 24 hours", 0);
            return;
        }
        Integer status = null;
        String error = null;
        try {
            URI target = guard.check(d.url());
            long timestamp = System.currentTimeMillis() / 1000;
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Dudao-Webhooks/1")
                    .header("X-Dudao-Delivery", d.id().toString())
                    .header("X-Dudao-Event", d.eventType())
                    .header("X-Dudao-Timestamp", Long.toString(timestamp))
                    .header("X-Dudao-Signature", "sha256=" + sign(d.secret(), timestamp + "." + d.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8))
                    .build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                record(d.id(), "DELIVERED", d.attempts() + 1, status, null, 0);
                return;
            }
            error = "HTTP " + status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        int attempts = d.attempts() + 1;
        long backoff = Math.min(3600, retryBaseSeconds * (1L << Math.min(attempts - 1, 16)));
        LOG.debugf("Webhook delivery %s failed (%s); retry in %d s", d.id(), error, backoff);
        record(d.id(), "PENDING", attempts, status, error, backoff);
    }

    private void record(UUID id, String status, int attempts, Integer httpStatus, String error, long retryInSeconds) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        update webhook_delivery set status = ?2, attempts = ?3, last_status = cast(?4 as integer), last_error = cast(?5 as varchar),
                            next_attempt_at = now() + make_interval(secs => ?6),
                            delivered_at = case when ?2 = 'DELIVERED' then now() else delivered_at end
                        where id = ?1""")
                .setParameter(1, id).setParameter(2, status).setParameter(3, attempts).setParameter(4, httpStatus)
                .setParameter(5, error == null ? null : error.length() > 500 ? error.substring(0, 500) : error)
                .setParameter(6, (double) retryInSeconds).executeUpdate());
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

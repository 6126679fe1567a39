package io.dudao.common.export;

import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.common.time.AppClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Exports hold a database connection and a worker thread for as long as the client takes to read
 * them, so a few slow readers could starve everyone else. At most {@code max-per-caller} exports
 * run per caller and {@code max-concurrent} in all (per replica, like the rate limits); more get 429
 * with Retry-After. Each export reads in its own transaction whose statements have a timeout.
 */
@ApplicationScoped
public class ExportGate {

    @Inject
    AppClock clock;

    /** The whole export, however slowly it is read. */
    static final int TRANSACTION_TIMEOUT_SECONDS = 1800;

    @ConfigProperty(name = "app.exports.max-per-caller", defaultValue = "2")
    int maxPerCaller;

    @ConfigProperty(name = "app.exports.max-concurrent", defaultValue = "4")
    int maxConcurrent;

    @ConfigProperty(name = "app.exports.statement-timeout", defaultValue = "60s")
    Duration statementTimeout;

    @ConfigProperty(name = "app.exports.retry-after-seconds", defaultValue = "10")
    int retryAfterSeconds;

    @Inject
    EntityManager em;

    @Inject
    CurrentVertxRequest request;

    private final AtomicInteger running = new AtomicInteger();
    private final Map<Long, Integer> perCaller = new ConcurrentHashMap<>();

    /** One running export; released once, when the body is written or the connection ends. */
    public final class Permit {
        private final long callerId;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(long callerId) {
            this.callerId = callerId;
        }

        public void release() {
            if (released.compareAndSet(false, true)) {
                perCaller.computeIfPresent(callerId, (id, count) -> count <= 1 ? null : count - 1);
                running.decrementAndGet();
            }
        }
    }

    /** The export as a streaming response, or 429 when the caller or the service runs as many as allowed. */
    public Response stream(Caller caller, ExportFormat format, Exports.Name name, Consumer<OutputStream> writer) {
        Permit permit = tryAcquire(caller.userId()).orElseThrow(this::busy);
        try {
            RoutingContext context = request.getCurrent();
            if (context != null) {
                context.addEndHandler(done -> permit.release()); // also when the client goes away mid-export
            }
            return Exports.stream(format, name, clock.today(), out -> {
                try {
                    writer.accept(out);
                } finally {
                    permit.release();
                }
            });
        } catch (RuntimeException e) {
            permit.release();
            throw e;
        }
    }

    public Optional<Permit> tryAcquire(long callerId) {
        boolean[] admitted = {false};
        perCaller.compute(callerId, (id, count) -> {
            int mine = count == null ? 0 : count;
            if (mine >= maxPerCaller) {
                return count;
            }
            if (running.incrementAndGet() > maxConcurrent) {
                running.decrementAndGet();
                return count;
            }
            admitted[0] = true;
            return mine + 1;
        });
        return admitted[0] ? Optional.of(new Permit(callerId)) : Optional.empty();
    }

    /** Exports running now (on this replica). */
    public int running() {
        return running.get();
    }

    /** Runs an export's reads in a transaction of their own, each statement cut off after the timeout. */
    public void inTransaction(Runnable reads) {
        QuarkusTransaction.requiringNew().timeout(TRANSACTION_TIMEOUT_SECONDS).run(() -> {
            em.createNativeQuery("select set_config('statement_timeout', ?1, true)")
                    .setParameter(1, statementTimeout.toMillis() + "ms").getSingleResult();
            reads.run();
        });
    }

    private ApiException busy() {
        return new ApiException(429, "TOO_MANY_EXPORTS",
                "导出任务过多：每个账号最多同时 " + maxPerCaller + " 个、全系统最多同时 " + maxConcurrent + " 个导出，请稍后重试",
                "Too many exports: at most " + maxPerCaller + " at a time per caller and " + maxConcurrent + " in all; retry later",
                List.of(), Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }
}

package io.dudao.common.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Who is calling, kept in memory so that a request does not ask the database: the caller behind a
 * token is the same from one request to the next until a user, an organisation or an API client
 * changes. Every such change notifies at commit (a trigger's {@code pg_notify('dudao_caller')}, see
 * V14), whichever replica or tool made it, and every replica's listener connection then forgets all
 * callers; a change made through this replica's entities is forgotten here at its own commit, before
 * its response leaves. While the listener is not connected nothing is cached, so a lost connection
 * costs speed, never correctness. Entries also expire after {@code app.caller-cache.max-age}
 * (0 turns the cache off).
 */
@ApplicationScoped
public class CallerCache {

    static final String CHANNEL = "dudao_caller";
    private static final Logger LOG = Logger.getLogger(CallerCache.class);
    private static final int MAX_ENTRIES = 100_000;

    private record Entry(Object value, long loadedAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Moves on every change: a load that started before it is not stored. */
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread listener;

    @ConfigProperty(name = "app.caller-cache.max-age", defaultValue = "60s")
    Duration maxAge;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The cached value for the key, or the loader's (stored when nothing changed meanwhile). */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> loader) {
        if (!listening || maxAge.isZero()) {
            return loader.get();
        }
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry != null && now - entry.loadedAt() < maxAge.toNanos()) {
            return (T) entry.value();
        }
        long before = generation.get();
        T value = loader.get();
        if (listening && generation.get() == before) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry(value, now));
        }
        return value;
    }

    /** Forgets every caller now and again when the current transaction ends (its change is then visible). */
    public void forgetAfterCommit() {
        forgetAll();
        if (transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        forgetAll();
                    }
                }
            });
        }
    }

    void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    void start(@Observes StartupEvent event) {
        running = true;
        listener = new Thread(this::listen, "caller-cache-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        listening = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing is all that is left to do
            }
        }
        listener.interrupt();
    }

    private void listen() {
        boolean warned = false;
        while (running) {
            try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement()) {
                connection = c;
                statement.execute("listen " + CHANNEL);
                PGConnection pg = c.unwrap(PGConnection.class);
                forgetAll();
                listening = true;
                warned = false;
                while (running) {
                    PGNotification[] changes = pg.getNotifications(5_000);
                    if (changes != null && changes.length > 0) {
                        forgetAll();
                    } else {
                        statement.execute("select 1"); // a dead connection shows here, not as silence
                    }
                }
            } catch (Exception e) {
                listening = false;
                forgetAll();
                if (running && !warned) {
                    LOG.warnf("caller cache off until the database notifies again: %s", e.getMessage());
                    warned = true;
                }
                sleep();
            } finally {
                connection = null;
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

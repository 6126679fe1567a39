package io.dudao.common.time;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The one clock for everything that depends on today (lights, case clocks, deadlines, semesters,
 * reminders, timestamps of records), in Asia/Shanghai. Tests move it through the test-only clock
 * endpoint; demo data is dated by fixing it on the loading thread. Sign-in sessions and tokens stay on
 * the real clock: their lifetimes are security, not business dates.
 */
@ApplicationScoped
public class AppClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Clock clock = Clock.system(ZONE);
    private final ThreadLocal<Clock> onThisThread = new ThreadLocal<>();

    /** For code the container does not inject into (entity callbacks). */
    public static AppClock current() {
        return Arc.container().instance(AppClock.class).get();
    }

    public LocalDate today() {
        return LocalDate.now(clock());
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock());
    }

    public Instant instant() {
        return clock().instant();
    }

    public int year() {
        return today().getYear();
    }

    /** Replaces the clock for every thread (tests only); {@link #reset()} returns to the system clock. */
    public void set(Clock replacement) {
        clock = replacement.withZone(ZONE);
    }

    public void reset() {
        clock = Clock.system(ZONE);
    }

    /**
     * Fixes the clock at a moment on the calling thread only, until the returned handle is closed (the
     * previous setting comes back), e.g. to write last year's demo work as it happened. Requests served
     * meanwhile on other threads keep the real date.
     */
    public Fixed fixedAt(LocalDateTime moment) {
        Clock previous = onThisThread.get();
        onThisThread.set(Clock.fixed(moment.atZone(ZONE).toInstant(), ZONE));
        return () -> {
            if (previous == null) {
                onThisThread.remove();
            } else {
                onThisThread.set(previous);
            }
        };
    }

    /** A clock fixed on this thread; closing it restores the previous one. */
    public interface Fixed extends AutoCloseable {
        @Override
        void close();
    }

    private Clock clock() {
        Clock local = onThisThread.get();
        return local != null ? local : clock;
    }
}

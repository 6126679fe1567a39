package io.dudao.common.time;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The one clock for everything that depends on today (lights, case clocks, semesters, reminders,
 * token lifetimes), in Asia/Shanghai. Tests move it; production never does.
 */
@ApplicationScoped
public class AppClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Clock clock = Clock.system(ZONE);

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    public Instant instant() {
        return clock.instant();
    }

    /** Replaces the clock (tests only); {@link #reset()} returns to the system clock. */
    public void set(Clock replacement) {
        clock = replacement.withZone(ZONE);
    }

    public void reset() {
        clock = Clock.system(ZONE);
    }
}

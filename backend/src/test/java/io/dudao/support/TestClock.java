package io.dudao.support;

import java.time.LocalDate;
import java.util.Map;

/** Moves the service's clock through the test-only endpoint; always {@link #reset()} after a test that sets it. */
public final class TestClock {

    private TestClock() {
    }

    public static void set(LocalDate date) {
        Api.anonymous().body(Map.of("date", date.toString())).put("/api/v1/test/clock").then().statusCode(200);
    }

    public static void reset() {
        Api.anonymous().delete("/api/v1/test/clock").then().statusCode(200);
    }
}

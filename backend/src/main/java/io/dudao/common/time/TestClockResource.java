package io.dudao.common.time;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * Sets the app clock through the API, so API tests check lights and case clocks on a chosen date. Built
 * only into the test profile: the packaged application has no such endpoint (and it is not in the
 * contract).
 */
@Path("/api/v1/test/clock")
@IfBuildProfile("test")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TestClockResource {

    @Inject
    AppClock clock;

    public record SetClockRequest(@NotNull LocalDate date, LocalTime time) {
    }

    public record ClockResponse(LocalDate today, OffsetDateTime now) {
    }

    @GET
    @Operation(hidden = true)
    public ClockResponse getTestClock() {
        return new ClockResponse(clock.today(), clock.now());
    }

    @PUT
    @Operation(hidden = true)
    public ClockResponse setTestClock(@Valid @NotNull SetClockRequest request) {
        LocalTime time = request.time() == null ? LocalTime.of(9, 0) : request.time();
        clock.set(Clock.fixed(request.date().atTime(time).atZone(AppClock.ZONE).toInstant(), AppClock.ZONE));
        return getTestClock();
    }

    @DELETE
    @Operation(hidden = true)
    public ClockResponse resetTestClock() {
        clock.reset();
        return getTestClock();
    }
}

package io.dudao.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

@ConfigMapping(prefix = "app.auth")
public interface AuthConfig {

    @WithName("access-token-minutes")
    int accessTokenMinutes();

    /** Idle window: a refresh token unused this long ends the session. */
    @WithName("refresh-token-hours")
    int refreshTokenHours();

    /** Absolute lifetime of a session (its refresh tokens), however often they are used. */
    @WithName("session-max-days")
    int sessionMaxDays();

    @WithName("max-failures")
    int maxFailures();

    @WithName("lockout-minutes")
    int lockoutMinutes();

    /** Failures older than this (without a newer one) are forgotten. */
    @WithName("failure-window-minutes")
    int failureWindowMinutes();
}

package io.dudao.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

@ConfigMapping(prefix = "app.auth")
public interface AuthConfig {

    @WithName("access-token-minutes")
    int accessTokenMinutes();

    @WithName("refresh-token-hours")
    int refreshTokenHours();

    @WithName("max-failures")
    int maxFailures();

    @WithName("lockout-minutes")
    int lockoutMinutes();
}

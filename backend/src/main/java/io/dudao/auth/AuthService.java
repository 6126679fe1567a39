package io.dudao.auth;

import io.dudao.audit.AuditService;
import io.dudao.audit.AuditService.Actor;
import io.dudao.auth.AuthDtos.TokenResponse;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.AdminMode;
import io.dudao.common.security.CurrentCaller;
import io.dudao.common.security.Passwords;
import io.dudao.common.security.SessionsEnded;
import io.dudao.common.time.AppClock;
import io.dudao.org.OrganizationService;
import io.dudao.user.AppUser;
import io.dudao.user.UserService;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Sign-in: password check with a per-username failure lock that decays, RS256 access tokens carrying
 * the account's session version, and refresh tokens that rotate on every use (a reused one revokes
 * its whole family), end after 8 idle hours and, at the latest, a fixed number of days after sign-in.
 * Failures are committed, not rolled back, so the counters and the audit trail keep them.
 */
@ApplicationScoped
public class AuthService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    UserService users;

    @Inject
    OrganizationService organizations;

    @Inject
    RefreshTokenRepository refreshTokens;

    @Inject
    LoginThrottleRepository throttles;

    @Inject
    AuditService audit;

    @Inject
    AuthConfig config;

    @Inject
    AppClock clock;

    @Inject
    AdminMode adminMode;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @ConfigProperty(name = "mp.jwt.verify.audiences")
    String audience;

    @Transactional(dontRollbackOn = ApiException.class)
    public TokenResponse login(String rawUsername, String password) {
        String username = rawUsername.trim().toLowerCase(Locale.ROOT);
        OffsetDateTime now = clock.now();
        LoginThrottle throttle = throttles.findById(username);
        if (throttle != null && throttle.lockedUntil != null && throttle.lockedUntil.isAfter(now)) {
            long seconds = Math.max(1, Duration.between(now, throttle.lockedUntil).toSeconds());
            audit.record(Actor.SYSTEM, "LOGIN_BLOCKED", "USER", null, null, "登录被锁定：" + username, Map.of("username", username));
            throw new ApiException(429, "TOO_MANY_ATTEMPTS",
                    "登录失败次数过多，请 " + (seconds + 59) / 60 + " 分钟后再试",
                    "Too many failed sign-ins; try again in " + (seconds + 59) / 60 + " minutes",
                    java.util.List.of(), Map.of("Retry-After", Long.toString(seconds)));
        }
        AppUser user = users.findByUsername(username).orElse(null);
        boolean passwordOk = Passwords.matches(password, user == null ? null : user.passwordHash);
        if (user == null || !passwordOk || !user.active) {
            int failures = throttles.recordFailure(username, now, now.minusMinutes(config.failureWindowMinutes()));
            if (failures >= config.maxFailures()) {
                throttles.lockUntil(username, now.plusMinutes(config.lockoutMinutes()));
            }
            String ownerPath = user == null ? null : organizations.pathOf(user.organizationId).orElse(null);
            audit.record(new Actor(user == null ? null : user.id, username), "LOGIN_FAILED", "USER",
                    user == null ? null : user.id, ownerPath, "登录失败：" + username, Map.of("failures", failures));
            throw new ApiException(401, "INVALID_CREDENTIALS", "用户名或密码错误", "Invalid username or password");
        }
        if (throttle != null) {
            throttles.clear(username);
        }
        audit.record(new Actor(user.id, user.username), "LOGIN", "USER", user.id,
                organizations.pathOf(user.organizationId).orElse(null), "登录", null);
        return issue(user, UUID.randomUUID(), now, now.plusDays(config.sessionMaxDays()));
    }

    @Transactional(dontRollbackOn = ApiException.class)
    public TokenResponse refresh(String token) {
        OffsetDateTime now = clock.now();
        RefreshToken stored = refreshTokens.findByHashForUpdate(sha256(token)).orElseThrow(AuthService::invalidRefresh);
        if (stored.rotatedAt != null || stored.revokedAt != null) {
            if (stored.revokedAt == null || stored.rotatedAt != null) {
                refreshTokens.revokeFamily(stored.familyId, now);
                audit.record(new Actor(stored.userId, null), "TOKEN_REUSE", "USER", stored.userId,
                        users.findById(stored.userId).flatMap(u -> organizations.pathOf(u.organizationId)).orElse(null),
                        "已轮换的刷新令牌被再次使用，整组令牌已吊销", Map.of("family", stored.familyId.toString()));
            }
            throw invalidRefresh();
        }
        if (stored.expiresAt.isBefore(now) || stored.sessionExpiresAt.isBefore(now)) {
            throw invalidRefresh();
        }
        AppUser user = users.findById(stored.userId).filter(u -> u.active).orElseThrow(AuthService::invalidRefresh);
        stored.rotatedAt = now;
        return issue(user, stored.familyId, now, stored.sessionExpiresAt);
    }

    /** A password change or reset, a role or organisation change, or a deactivation ends every session. */
    void revokeSessions(@Observes SessionsEnded event) {
        refreshTokens.revokeAllOf(event.userId(), clock.now());
    }

    @Transactional
    public void logout(String token) {
        refreshTokens.find("tokenHash", sha256(token)).firstResultOptional().ifPresent(stored -> {
            refreshTokens.revokeFamily(stored.familyId, clock.now());
            AppUser user = users.findById(stored.userId).orElse(null);
            audit.record(new Actor(stored.userId, user == null ? null : user.username), "LOGOUT", "USER",
                    stored.userId, user == null ? null : organizations.pathOf(user.organizationId).orElse(null), "退出登录",
                    null);
        });
    }

    private TokenResponse issue(AppUser user, UUID family, OffsetDateTime now, OffsetDateTime sessionEnd) {
        Set<String> groups = adminMode.effective(user.roleSet()).stream().map(Enum::name).collect(Collectors.toSet());
        long lifetime = Duration.ofMinutes(config.accessTokenMinutes()).toSeconds();
        String access = Jwt.issuer(issuer)
                .audience(audience)
                .subject(Long.toString(user.id))
                .upn(user.username)
                .groups(groups)
                .claim("org", user.organizationId)
                .claim("name", user.displayName)
                .claim(CurrentCaller.SESSION_CLAIM, user.sessionVersion)
                // the token's own times follow the real clock its verifier reads, not the app clock
                .issuedAt(java.time.Instant.now())
                .expiresIn(lifetime)
                .jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        RefreshToken row = new RefreshToken();
        row.tokenHash = sha256(refresh);
        row.familyId = family;
        row.userId = user.id;
        row.createdAt = now;
        OffsetDateTime idleEnd = now.plusHours(config.refreshTokenHours());
        row.expiresAt = idleEnd.isBefore(sessionEnd) ? idleEnd : sessionEnd;
        row.sessionExpiresAt = sessionEnd;
        refreshTokens.persist(row);
        return new TokenResponse(access, refresh, "Bearer", lifetime, user.mustChangePassword);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiException invalidRefresh() {
        return new ApiException(401, "INVALID_REFRESH_TOKEN", "登录已失效，请重新登录",
                "The refresh token is invalid, expired or already used; sign in again");
    }
}

package io.dudao.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;

@ApplicationScoped
public class LoginThrottleRepository implements PanacheRepositoryBase<LoginThrottle, String> {

    /**
     * Counts one more failure (atomically, also for the first one) and returns the new count. The
     * count starts again at 1 when the last lock has expired or the previous failure is older than
     * the window, so failures spread out in time never add up to a lock that never ends.
     */
    int recordFailure(String username, OffsetDateTime now, OffsetDateTime windowStart) {
        Object count = getEntityManager().createNativeQuery("""
                        insert into login_throttle (username, failures, updated_at) values (?1, 1, ?2)
                        on conflict (username) do update
                            set failures = case
                                    when login_throttle.locked_until is not null and login_throttle.locked_until <= excluded.updated_at
                                        then 1
                                    when login_throttle.updated_at < ?3 then 1
                                    else login_throttle.failures + 1 end,
                                locked_until = case
                                    when login_throttle.locked_until <= excluded.updated_at then null
                                    else login_throttle.locked_until end,
                                updated_at = excluded.updated_at
                        returning failures""")
                .setParameter(1, username).setParameter(2, now).setParameter(3, windowStart).getSingleResult();
        return ((Number) count).intValue();
    }

    void lockUntil(String username, OffsetDateTime until) {
        update("lockedUntil = ?1 where username = ?2", until, username);
    }

    void clear(String username) {
        delete("username", username);
    }
}

package io.dudao.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;

@ApplicationScoped
public class LoginThrottleRepository implements PanacheRepositoryBase<LoginThrottle, String> {

    /** Counts one more consecutive failure (atomically, also for the first one) and returns the new count. */
    int recordFailure(String username, OffsetDateTime now) {
        Object count = getEntityManager().createNativeQuery("""
                        insert into login_throttle (username, failures, updated_at) values (?1, 1, ?2)
                        on conflict (username) do update
                            set failures = login_throttle.failures + 1, updated_at = excluded.updated_at
                        returning failures""")
                .setParameter(1, username).setParameter(2, now).getSingleResult();
        return ((Number) count).intValue();
    }

    void lockUntil(String username, OffsetDateTime until) {
        update("lockedUntil = ?1 where username = ?2", until, username);
    }

    void clear(String username) {
        delete("username", username);
    }
}

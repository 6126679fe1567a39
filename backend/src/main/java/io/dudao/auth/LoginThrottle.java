package io.dudao.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    /** Lower-cased; also for usernames that do not exist, so probing them is throttled too. */
    @Id
    public String username;

    @Column(nullable = false)
    public int failures;

    @Column(name = "locked_until")
    public OffsetDateTime lockedUntil;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}

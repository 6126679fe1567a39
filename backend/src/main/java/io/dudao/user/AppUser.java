package io.dudao.user;

import io.dudao.common.security.CallerChanges;
import io.dudao.common.security.CurrentCaller;
import io.dudao.common.security.Role;
import io.dudao.common.db.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Set;
import java.util.stream.Collectors;

@Entity
@EntityListeners(CallerChanges.class)
@Table(name = "app_user")
public class AppUser extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    /** Stored as "CITY_OFFICE,VIEWER"; use {@link #roleSet()} and {@link #assignRoles(Set)}. */
    @Column(nullable = false)
    public String roles;

    @Column(nullable = false)
    public boolean active = true;

    /** Carried by access tokens; raising it ends every session of the account. */
    @Column(name = "session_version", nullable = false)
    public int sessionVersion;

    /** Set for a generated or reset password: until it is changed only /me and the password change work. */
    @Column(name = "must_change_password", nullable = false)
    public boolean mustChangePassword;

    @Column(name = "password_changed_at")
    public java.time.OffsetDateTime passwordChangedAt;

    @Version
    public long version;

    public Set<Role> roleSet() {
        return CurrentCaller.parseRoles(roles);
    }

    public void assignRoles(Set<Role> newRoles) {
        roles = newRoles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}

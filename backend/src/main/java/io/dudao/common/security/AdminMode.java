package io.dudao.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.EnumSet;
import java.util.Set;

/**
 * ADMIN alone (the default, for small deployments) or three separated administrators
 * (APP_SEPARATE_ADMINS=true, 三员分立): SYSTEM_ADMIN, SECURITY_ADMIN and AUDIT_ADMIN. A role that does
 * not exist in the current mode is held in vain: it grants nothing and is reported as a misfit.
 */
@ApplicationScoped
public class AdminMode {

    @ConfigProperty(name = "app.separate-admins", defaultValue = "false")
    volatile boolean separate;

    public boolean separate() {
        return separate;
    }

    public boolean available(Role role) {
        if (role == Role.ADMIN) {
            return !separate;
        }
        return !Role.SEPARATED_ADMINS.contains(role) || separate;
    }

    /** The roles that count in the current mode. */
    public Set<Role> effective(Set<Role> held) {
        Set<Role> out = EnumSet.noneOf(Role.class);
        held.stream().filter(this::available).forEach(out::add);
        return out;
    }

    /** Switches the mode (tests; production sets APP_SEPARATE_ADMINS). */
    public void set(boolean separateAdmins) {
        this.separate = separateAdmins;
    }
}

package io.dudao.common.security;

import java.util.Set;

/**
 * Who is calling, as the database knows them now (not as the token remembers): their organisation
 * and its tree path decide what they may see. A machine client has no role, a negative id and the
 * scopes of its token; a person's {@code scopes} is null (scopes do not restrict people).
 */
public record Caller(long userId, String username, long orgId, String orgPath, Set<Role> roles, Set<String> scopes) {

    /** A person (no scopes). */
    public Caller(long userId, String username, long orgId, String orgPath, Set<Role> roles) {
        this(userId, username, orgId, orgPath, roles, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public boolean isOffice() {
        return roles.stream().anyMatch(Role::isOffice);
    }

    /** The highest office level held (1 province, 2 city, 3 county), or 0 without an office role. */
    public int officeLevel() {
        return roles.stream().mapToInt(Role::officeLevel).filter(l -> l > 0).min().orElse(0);
    }

    /** Organisations and system settings: ADMIN, or SYSTEM_ADMIN when administrators are separated. */
    public boolean administersSystem() {
        return isAdmin() || has(Role.SYSTEM_ADMIN);
    }

    /** Accounts, roles and passwords of every organisation: ADMIN, or SECURITY_ADMIN. */
    public boolean administersAccounts() {
        return isAdmin() || has(Role.SECURITY_ADMIN);
    }

    /** The whole audit log: ADMIN, or AUDIT_ADMIN. */
    public boolean readsWholeAuditLog() {
        return isAdmin() || has(Role.AUDIT_ADMIN);
    }

    /** Any administrator role: sees the whole organisation tree. */
    public boolean isAdministrator() {
        return roles.stream().anyMatch(Role::isAdministrator);
    }

    public boolean isClient() {
        return userId < 0;
    }

    /** Whether the caller may read what the scope guards (people always; clients when the token has it). */
    public boolean hasScope(String scope) {
        return scopes == null || scopes.contains(scope);
    }

    /** True when the given tree path lies in the caller's subtree (the caller's own node included). */
    public boolean covers(String path) {
        return path != null && path.startsWith(orgPath);
    }

    /** The caller's organisation and its ancestors, from the path "/1/5/23/". */
    public java.util.List<Long> ancestorOrSelfIds() {
        return java.util.Arrays.stream(orgPath.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }
}

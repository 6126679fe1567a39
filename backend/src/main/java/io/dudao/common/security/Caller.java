package io.dudao.common.security;

import java.util.Set;

/**
 * Who is calling, as the database knows them now (not as the token remembers): their organisation
 * and its tree path decide what they may see.
 */
public record Caller(long userId, String username, long orgId, String orgPath, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public boolean isOffice() {
        return roles.stream().anyMatch(Role.OFFICES::contains);
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

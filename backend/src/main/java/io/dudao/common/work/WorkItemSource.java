package io.dudao.common.work;

import io.dudao.common.security.Caller;
import io.dudao.common.security.Role;

import java.util.Map;
import java.util.Set;

/**
 * Implemented once by every kind of work (an application-scoped bean in its feature): how the
 * registry finds the kind's work that a caller may see. Plan progress, the inbox and search read work
 * through the registry, never by listing tables by hand.
 */
public interface WorkItemSource {

    WorkKind kind();

    /**
     * The caller's visible work of this kind. Parameters go into {@code params}; names the sources share
     * must mean the same thing (they are derived from the caller, e.g. :subtree), which the registry checks.
     */
    WorkSelect select(Caller caller, Map<String, Object> params);

    /**
     * Of that work, what waits for the caller: the next step is theirs (a task to start or submit for its
     * assignee, to accept for its issuer; a report to approve ...). An HQL condition in the style of
     * {@link WorkSelect#where()}, parameters as for {@link #select}; the inbox lists what it admits.
     */
    String awaiting(Caller caller, Map<String, Object> params);

    /** Condition that admits nothing, for callers who take no steps on a kind of work. */
    String NOTHING = "1 = 0";

    /** Whether the caller takes steps on work at all: people with a role, viewers excepted (they only read). */
    static boolean takesSteps(Caller caller) {
        return !caller.isClient() && !caller.roles().isEmpty() && !caller.roles().equals(Set.of(Role.VIEWER));
    }
}

package io.dudao.common.work;

import io.dudao.common.security.Caller;

import java.util.Map;

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
}

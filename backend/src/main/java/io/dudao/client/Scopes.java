package io.dudao.client;

import java.util.List;
import java.util.Optional;

/** The scopes a machine client may hold, and which scope each API call needs. */
public final class Scopes {

    public static final List<String> ALL = List.of("plans:read", "tasks:read", "tasks:write", "reports:read",
            "findings:read", "findings:write", "cases:read", "stats:read", "events:read");

    private record Rule(String prefix, boolean read, String scope) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("/api/v1/plans", true, "plans:read"),
            new Rule("/api/v1/tasks", true, "tasks:read"),
            new Rule("/api/v1/tasks", false, "tasks:write"),
            new Rule("/api/v1/attachments", false, "tasks:write"),
            new Rule("/api/v1/inspection-reports", true, "reports:read"),
            new Rule("/api/v1/indicator-systems", true, "reports:read"),
            new Rule("/api/v1/findings", true, "findings:read"),
            new Rule("/api/v1/findings", false, "findings:write"),
            new Rule("/api/v1/accountability-cases", true, "cases:read"),
            new Rule("/api/v1/accountability-scenarios", true, "cases:read"),
            new Rule("/api/v1/stats", true, "stats:read"),
            new Rule("/api/v1/events", true, "events:read"));

    private Scopes() {
    }

    /**
     * The scope a call needs; empty for calls any machine token may make (its own identity and the
     * organisation tree it is scoped to) or that check the scope themselves (a file needs the scope of
     * what it is attached to), and "none" for calls no machine token may make.
     */
    public static Optional<String> required(String method, String path) {
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        if (read && (path.startsWith("/api/v1/organizations") || path.startsWith("/api/v1/public/"))) {
            return Optional.empty();
        }
        if (read && path.startsWith("/api/v1/attachments/")) {
            return Optional.empty(); // the scope of the owner's kind, checked by the attachment feature
        }
        for (Rule rule : RULES) {
            if (rule.read() == read && (path.equals(rule.prefix()) || path.startsWith(rule.prefix() + "/"))) {
                return Optional.of(rule.scope());
            }
        }
        return Optional.of("none");
    }
}

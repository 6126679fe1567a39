package io.dudao.integration;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How an audit event is named to integrations: {@code <resource>.<verb>}, e.g. task.accepted. */
public final class EventTypes {

    public static boolean excluded(String action) {
        return NOT_EVENTS.contains(action);
    }

    /** Audit actions that are not business changes (sign-ins and the like). */
    static final List<String> NOT_EVENTS = List.of("LOGIN", "LOGIN_FAILED", "LOGIN_BLOCKED", "LOGOUT",
            "TOKEN_REUSE", "PASSWORD_CHANGE", "PASSWORD_RESET", "DEMO_DATA", "ROTATE_SECRET", "AUDIT_READ", "AUDIT_EXPORT", "AUDIT_PURGE",
            "ROLE_FIT_CHECK");

    private static final Map<String, String> VERBS = Map.ofEntries(
            Map.entry("CREATE", "created"), Map.entry("UPDATE", "updated"), Map.entry("DELETE", "deleted"),
            Map.entry("PUBLISH", "published"), Map.entry("ARCHIVE", "archived"), Map.entry("FORWARD", "forwarded"),
            Map.entry("START", "started"), Map.entry("SUBMIT", "submitted"), Map.entry("ACCEPT", "accepted"),
            Map.entry("RETURN", "returned"), Map.entry("CANCEL", "cancelled"), Map.entry("PROGRESS", "progressed"),
            Map.entry("ACKNOWLEDGE", "acknowledged"), Map.entry("APPROVE", "approved"), Map.entry("VERIFY", "verified"),
            Map.entry("REOPEN", "reopened"), Map.entry("DECIDE", "decided"), Map.entry("RECTIFY", "rectified"),
            Map.entry("INVESTIGATE", "investigated"), Map.entry("NOTIFY", "notified"), Map.entry("STATEMENT", "statement_submitted"),
            Map.entry("EXECUTE", "executed"), Map.entry("CLOSE", "closed"), Map.entry("DISMISS", "dismissed"),
            Map.entry("REVIEW_REQUEST", "review_requested"), Map.entry("REVIEW_DECISION", "reviewed"),
            Map.entry("APPEAL", "appealed"), Map.entry("APPEAL_DECISION", "appeal_decided"),
            Map.entry("HIDE", "hidden"), Map.entry("UNHIDE", "unhidden"));

    private EventTypes() {
    }

    public static String of(String entityType, String action) {
        return entityType.toLowerCase(Locale.ROOT) + "." + VERBS.getOrDefault(action, action.toLowerCase(Locale.ROOT));
    }
}

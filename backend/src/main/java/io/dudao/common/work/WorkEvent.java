package io.dudao.common.work;

/**
 * Something happened to a piece of work that its people should hear of (assigned, returned, approved,
 * decided, or a reply arrived: a rectification or a statement for the office that waits for it). Features fire it as a CDI event inside the transaction that made the change; the
 * notification feature observes it, so no feature depends on notifications.
 *
 * @param recipientOrgId the organisation whose users hear of it (those who take steps), or null
 * @param recipientUserId one user who hears of it, or null
 */
public record WorkEvent(Type type, WorkKind kind, long id, String title, Long recipientOrgId, Long recipientUserId) {

    public enum Type {
        ASSIGNED, RETURNED, APPROVED, DECIDED, REPLIED
    }

    public static WorkEvent toOrg(Type type, WorkKind kind, long id, String title, long orgId) {
        return new WorkEvent(type, kind, id, title, orgId, null);
    }

    public static WorkEvent toUser(Type type, WorkKind kind, long id, String title, long userId) {
        return new WorkEvent(type, kind, id, title, null, userId);
    }
}

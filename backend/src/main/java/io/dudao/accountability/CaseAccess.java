package io.dudao.accountability;

import io.dudao.accountability.AccountabilityEnums.CaseView;
import io.dudao.common.security.Caller;
import io.dudao.common.security.Role;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Who may take which step of a case, and how much of it they see. */
final class CaseAccess {

    private CaseAccess() {
    }

    /** The handling office itself (or an administrator). */
    static boolean isHandler(Caller caller, AccountabilityCase c) {
        return caller.isAdmin() || caller.isOffice() && Objects.equals(caller.orgId(), c.handlingOrgId);
    }

    /** A user of the subject organisation, once it has been notified; viewers only read. */
    static boolean isSubject(Caller caller, AccountabilityCase c) {
        return c.subjectOrgId != null && c.notifiedOn != null && Objects.equals(caller.orgId(), c.subjectOrgId)
                && !caller.roles().isEmpty() && !caller.roles().equals(Set.of(Role.VIEWER));
    }

    /** The office one level above the handling organisation (申诉 goes there), or an administrator. */
    static boolean isAppellate(Caller caller, String handlingPath) {
        if (caller.isAdmin()) {
            return true;
        }
        List<String> ids = List.of(handlingPath.replaceAll("^/|/$", "").split("/"));
        return caller.isOffice() && ids.size() >= 2 && ids.get(ids.size() - 2).equals(Long.toString(caller.orgId()));
    }

    static boolean may(Caller caller, AccountabilityCase c, String handlingPath, CaseWorkflow.Action action) {
        return switch (action.actor()) {
            case HANDLER -> isHandler(caller, c);
            case SUBJECT -> isSubject(caller, c);
            case APPELLATE -> isAppellate(caller, handlingPath);
        };
    }

    /** FULL for the handling organisation and its ancestors; the subject organisation gets its own part. */
    static CaseView view(Caller caller, String handlingPath) {
        return caller.isAdmin() || caller.covers(handlingPath) ? CaseView.FULL : CaseView.SUBJECT;
    }
}

package io.dudao.supervision;

import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;

/** Who manages responsibility supervisors: supervision offices (for their subtree) and administrators. */
final class SupervisionAccess {

    private SupervisionAccess() {
    }

    static void requireManager(Caller caller) {
        if (!caller.isAdministrator() && !caller.isOffice()) {
            throw ApiException.forbidden("只有教育督导部门可以管理责任督学", "Only supervision offices manage responsibility supervisors");
        }
    }
}

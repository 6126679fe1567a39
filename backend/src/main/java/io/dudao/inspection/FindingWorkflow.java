package io.dudao.inspection;

import io.dudao.common.error.ApiException;
import io.dudao.inspection.InspectionEnums.FindingStatus;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rectification loop: the owner rectifies, the inspecting side verifies (销号) or reopens. */
public final class FindingWorkflow {

    public enum Action {
        RECTIFY("rectify", EnumSet.of(FindingStatus.OPEN, FindingStatus.REOPENED), true),
        VERIFY("verify", EnumSet.of(FindingStatus.SUBMITTED), false),
        REOPEN("reopen", EnumSet.of(FindingStatus.SUBMITTED), false);

        final String path;
        final Set<FindingStatus> from;
        /** Taken by the owner organisation (true) or by the inspecting side (false). */
        final boolean byOwner;

        Action(String path, Set<FindingStatus> from, boolean byOwner) {
            this.path = path;
            this.from = from;
            this.byOwner = byOwner;
        }

        public String path() {
            return path;
        }

        public boolean byOwner() {
            return byOwner;
        }
    }

    private FindingWorkflow() {
    }

    public static FindingStatus next(Action action) {
        return switch (action) {
            case RECTIFY -> FindingStatus.SUBMITTED;
            case VERIFY -> FindingStatus.VERIFIED;
            case REOPEN -> FindingStatus.REOPENED;
        };
    }

    public static List<Action> possibleFrom(FindingStatus status) {
        return Arrays.stream(Action.values()).filter(a -> a.from.contains(status)).toList();
    }

    public static boolean allowed(Action action, FindingStatus current) {
        return action.from.contains(current);
    }

    public static void check(Action action, FindingStatus current) {
        if (!action.from.contains(current)) {
            List<String> allowed = possibleFrom(current).stream().map(Action::path).toList();
            throw new ApiException(409, "ILLEGAL_TRANSITION",
                    "问题当前状态为 " + current + "，不能执行 " + action.path + "；当前可执行："
                            + (allowed.isEmpty() ? "无" : String.join("、", allowed)),
                    "The finding is " + current + "; " + action.path + " is not possible now. Allowed: "
                            + (allowed.isEmpty() ? "none" : String.join(", ", allowed)),
                    List.of(), Map.of());
        }
    }
}

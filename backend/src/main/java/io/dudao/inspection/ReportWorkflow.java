package io.dudao.inspection;

import io.dudao.common.error.ApiException;
import io.dudao.inspection.InspectionEnums.InspectionReportStatus;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which step of a report may happen in which state; who may take it is the service's business. */
public final class ReportWorkflow {

    public enum Action {
        EDIT("edit", EnumSet.of(InspectionReportStatus.DRAFT)),
        DELETE("delete", EnumSet.of(InspectionReportStatus.DRAFT)),
        SUBMIT("submit", EnumSet.of(InspectionReportStatus.DRAFT)),
        APPROVE("approve", EnumSet.of(InspectionReportStatus.SUBMITTED)),
        RETURN("return", EnumSet.of(InspectionReportStatus.SUBMITTED, InspectionReportStatus.APPROVED)),
        PUBLISH("publish", EnumSet.of(InspectionReportStatus.APPROVED));

        final String path;
        final Set<InspectionReportStatus> from;

        Action(String path, Set<InspectionReportStatus> from) {
            this.path = path;
            this.from = from;
        }

        public String path() {
            return path;
        }
    }

    private ReportWorkflow() {
    }

    public static InspectionReportStatus next(Action action, InspectionReportStatus current) {
        return switch (action) {
            case EDIT, DELETE -> current;
            case SUBMIT -> InspectionReportStatus.SUBMITTED;
            case APPROVE -> InspectionReportStatus.APPROVED;
            case RETURN -> InspectionReportStatus.DRAFT;
            case PUBLISH -> InspectionReportStatus.PUBLISHED;
        };
    }

    public static List<Action> possibleFrom(InspectionReportStatus status) {
        return Arrays.stream(Action.values()).filter(a -> a.from.contains(status)).toList();
    }

    public static void check(Action action, InspectionReportStatus current) {
        if (!action.from.contains(current)) {
            List<String> allowed = possibleFrom(current).stream().map(Action::path).toList();
            throw new ApiException(409, "ILLEGAL_TRANSITION",
                    "督导报告当前状态为 " + current + "，不能执行 " + action.path + "；当前可执行："
                            + (allowed.isEmpty() ? "无" : String.join("、", allowed)),
                    "The report is " + current + "; " + action.path + " is not possible now. Allowed: "
                            + (allowed.isEmpty() ? "none" : String.join(", ", allowed)),
                    List.of(), Map.of());
        }
    }
}

package io.dudao.inspection;

import io.dudao.common.security.Caller;
import io.dudao.common.work.WorkItemSource;
import io.dudao.common.work.WorkKind;
import io.dudao.common.work.WorkSelect;
import io.dudao.inspection.InspectionEnums.FindingStatus;
import io.dudao.inspection.InspectionEnums.InspectionReportStatus;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

/** Inspection reports and findings as work. */
public final class InspectionWork {

    private InspectionWork() {
    }

    /** A report is work about its target until it is published; it has no deadline. */
    @ApplicationScoped
    public static class Reports implements WorkItemSource {

        @Override
        public WorkKind kind() {
            return WorkKind.REPORT;
        }

        @Override
        public WorkSelect select(Caller caller, Map<String, Object> params) {
            params.put("workReportPublished", InspectionReportStatus.PUBLISHED);
            return new WorkSelect("InspectionReport", InspectionReportRepository.visibility("", caller, params), "id", "title",
                    "targetOrgId", "planItemId", WorkSelect.NO_DUE_DATE, "status = :workReportPublished");
        }

        /** A draft waits for its author to submit it; a submitted or approved one for the inspecting office to approve and publish. */
        @Override
        public String awaiting(Caller caller, Map<String, Object> params) {
            if (!WorkItemSource.takesSteps(caller)) {
                return WorkItemSource.NOTHING;
            }
            params.put("me", caller.userId());
            params.put("workReportDraft", InspectionReportStatus.DRAFT);
            String author = "(status = :workReportDraft and createdBy = :me)";
            if (!caller.isAdmin() && !caller.isOffice()) {
                return author;
            }
            params.put("workCallerOrg", caller.orgId());
            params.put("workReportInReview", List.of(InspectionReportStatus.SUBMITTED, InspectionReportStatus.APPROVED));
            return "(" + author + " or (status in :workReportInReview and inspectingOrgId = :workCallerOrg))";
        }
    }

    /**
     * A finding is the owner's work until verified (销号), once it is open for rectification: its report
     * published, or at once for findings of other sources.
     */
    @ApplicationScoped
    public static class Findings implements WorkItemSource {

        @Override
        public WorkKind kind() {
            return WorkKind.FINDING;
        }

        @Override
        public WorkSelect select(Caller caller, Map<String, Object> params) {
            params.put("workFindingVerified", FindingStatus.VERIFIED);
            params.put("workFindingReportPublished", InspectionReportStatus.PUBLISHED);
            return new WorkSelect("InspectionFinding", InspectionFindingRepository.visibility(caller, params)
                    + " and (reportId is null or reportId in (select wr.id from InspectionReport wr where wr.status = :workFindingReportPublished))",
                    "id", "substring(description, 1, 120)", "ownerOrgId", "planItemId", "dueDate", "status = :workFindingVerified");
        }

        /**
         * An open or reopened finding waits for its owner to rectify it; a submitted rectification for a
         * reviewer to verify (销号) or reopen it: the issuing or inspecting office, or the author and the
         * named inspectors when they hold an inspector role.
         */
        @Override
        public String awaiting(Caller caller, Map<String, Object> params) {
            if (!WorkItemSource.takesSteps(caller)) {
                return WorkItemSource.NOTHING;
            }
            params.put("workCallerOrg", caller.orgId());
            params.put("workFindingToRectify", List.of(FindingStatus.OPEN, FindingStatus.REOPENED));
            params.put("workFindingSubmitted", FindingStatus.SUBMITTED);
            StringBuilder reviewer = new StringBuilder("1 = 0");
            if (caller.isAdmin() || caller.isOffice()) {
                reviewer.append(" or (reportId is null and issuingOrgId = :workCallerOrg)")
                        .append(" or reportId in (select wio.id from InspectionReport wio where wio.inspectingOrgId = :workCallerOrg)");
            }
            if (caller.roles().stream().anyMatch(InspectionReportService.INSPECTOR_ROLES::contains)) {
                params.put("me", caller.userId());
                reviewer.append(" or (reportId is null and createdBy = :me)")
                        .append(" or reportId in (select win.id from InspectionReport win where win.createdBy = :me or :me member of win.inspectorUserIds)");
            }
            return "((status in :workFindingToRectify and ownerOrgId = :workCallerOrg)"
                    + " or (status = :workFindingSubmitted and ownerOrgId <> :workCallerOrg and (" + reviewer + ")))";
        }
    }
}

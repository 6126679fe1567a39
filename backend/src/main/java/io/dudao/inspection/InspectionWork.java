package io.dudao.inspection;

import io.dudao.common.security.Caller;
import io.dudao.common.work.WorkItemSource;
import io.dudao.common.work.WorkKind;
import io.dudao.common.work.WorkSelect;
import io.dudao.inspection.InspectionEnums.FindingStatus;
import io.dudao.inspection.InspectionEnums.InspectionReportStatus;
import jakarta.enterprise.context.ApplicationScoped;

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
    }
}

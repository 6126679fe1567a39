package io.dudao.inspection;

import io.dudao.common.export.Column;
import io.dudao.inspection.InspectionEnums.FindingSeverity;
import io.dudao.inspection.InspectionEnums.FindingStatus;
import io.dudao.common.work.Light;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Ledger export columns: stable English names for scripts, Chinese headers and labels for people. */
final class FindingExport {


    private FindingExport() {
    }

    record Row(InspectionFinding finding, String ownerName, Light light, boolean escalation) {
    }

    static List<Column<Row>> columns() {
        return List.of(
                Column.of("id", "编号", r -> r.finding().id),
                Column.of("reportId", "督导报告编号", r -> r.finding().reportId),
                Column.of("indicatorCode", "指标", r -> r.finding().indicatorCode),
                Column.of("severity", "严重程度代码", r -> r.finding().severity.name()),
                Column.of("severityLabel", "严重程度", r -> label(r.finding().severity)),
                Column.of("description", "问题描述", r -> r.finding().description),
                Column.of("requirement", "整改要求", r -> r.finding().requirement),
                Column.of("ownerOrgId", "整改单位编号", r -> r.finding().ownerOrgId),
                Column.of("ownerOrgName", "整改单位", Row::ownerName),
                Column.of("dueDate", "整改期限", r -> r.finding().dueDate),
                Column.of("status", "状态代码", r -> r.finding().status.name()),
                Column.of("statusLabel", "状态", r -> label(r.finding().status)),
                Column.of("light", "预警代码", r -> r.light().name()),
                Column.of("lightLabel", "预警", r -> r.light().label()),
                Column.of("reopenCount", "退回次数", r -> r.finding().reopenCount),
                Column.of("escalation", "需问责", r -> r.escalation()),
                Column.of("createdAt", "发现时间", r -> r.finding().createdAt),
                Column.of("updatedAt", "更新时间", r -> r.finding().updatedAt),
                // added later: at the end, so scripts reading columns by position keep working
                Column.of("sourceType", "来源代码", r -> r.finding().sourceType.name()),
                Column.of("sourceLabel", "来源", r -> r.finding().sourceType.label()),
                Column.of("sourceTitle", "来源名称", r -> r.finding().sourceTitle),
                Column.of("planItemId", "重点工作条目编号", r -> r.finding().planItemId));
    }

    static Row row(InspectionFinding f, Map<Long, String> orgNames, LocalDate today) {
        return new Row(f, orgNames.get(f.ownerOrgId), FindingRules.light(f.status, f.dueDate, today),
                FindingRules.escalation(f.status, f.reopenCount, f.dueDate, today));
    }

    private static String label(FindingSeverity s) {
        return s.label();
    }

    private static String label(FindingStatus s) {
        return s.label();
    }
}

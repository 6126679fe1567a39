package io.dudao.inspection;

import io.dudao.common.export.Column;

import java.util.List;
import java.util.Map;

/** Report register export columns: stable English names for scripts, Chinese headers and labels for people. */
final class ReportExport {

    private ReportExport() {
    }

    record Row(InspectionReport report, Map<Long, String> orgNames) {
    }

    static List<Column<Row>> columns() {
        return List.of(
                Column.of("id", "编号", r -> r.report().id),
                Column.of("type", "督导类型代码", r -> r.report().type.name()),
                Column.of("typeLabel", "督导类型", r -> r.report().type.label()),
                Column.of("title", "报告标题", r -> r.report().title),
                Column.of("targetOrgId", "督导对象编号", r -> r.report().targetOrgId),
                Column.of("targetOrgName", "督导对象", r -> r.orgNames().get(r.report().targetOrgId)),
                Column.of("inspectingOrgId", "督导单位编号", r -> r.report().inspectingOrgId),
                Column.of("inspectingOrgName", "督导单位", r -> r.orgNames().get(r.report().inspectingOrgId)),
                Column.of("topic", "专题", r -> r.report().topic),
                Column.of("visitStart", "督导开始日期", r -> r.report().visitStart),
                Column.of("visitEnd", "督导结束日期", r -> r.report().visitEnd),
                Column.of("totalScore", "总分", r -> r.report().totalScore),
                Column.of("grade", "等级", r -> r.report().grade),
                Column.of("status", "状态代码", r -> r.report().status.name()),
                Column.of("statusLabel", "状态", r -> r.report().status.label()),
                Column.of("publishedAt", "发布时间", r -> r.report().publishedAt),
                Column.of("updatedAt", "更新时间", r -> r.report().updatedAt));
    }
}

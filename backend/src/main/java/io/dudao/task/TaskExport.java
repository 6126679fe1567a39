package io.dudao.task;

import io.dudao.common.export.Column;
import io.dudao.task.TaskEnums.Category;
import io.dudao.common.work.Light;
import io.dudao.task.TaskEnums.Priority;
import io.dudao.task.TaskEnums.Status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Task export columns: stable English names for scripts, Chinese headers and labels for people. */
final class TaskExport {

    static final Map<Status, String> STATUS = Map.of(Status.NOT_STARTED, "未开始", Status.IN_PROGRESS, "进行中",
            Status.SUBMITTED, "待验收", Status.COMPLETED, "已完成", Status.CANCELLED, "已取消");
    static final Map<Category, String> CATEGORY = Map.of(Category.EVALUATION, "履职评价", Category.CREATION, "两个创建",
            Category.REFORM, "督导改革", Category.INSPECTION, "学校督导", Category.MONITORING, "质量监测",
            Category.SPECIAL, "专项督导", Category.PUBLICITY, "宣传", Category.ACKNOWLEDGEMENT, "签收", Category.OTHER, "其他");
    static final Map<Priority, String> PRIORITY = Map.of(Priority.HIGH, "高", Priority.NORMAL, "中", Priority.LOW, "低");

    private TaskExport() {
    }

    record Row(Task task, String issuerName, String assigneeName, Light light) {
    }

    static List<Column<Row>> columns() {
        return List.of(
                Column.of("id", "编号", r -> r.task().id),
                Column.of("title", "任务名称", r -> r.task().title),
                Column.of("category", "类别代码", r -> r.task().category.name()),
                Column.of("categoryLabel", "类别", r -> CATEGORY.get(r.task().category)),
                Column.of("status", "状态代码", r -> r.task().status.name()),
                Column.of("statusLabel", "状态", r -> STATUS.get(r.task().status)),
                Column.of("priority", "优先级代码", r -> r.task().priority.name()),
                Column.of("priorityLabel", "优先级", r -> PRIORITY.get(r.task().priority)),
                Column.of("light", "预警代码", r -> r.light().name()),
                Column.of("lightLabel", "预警", r -> r.light().label()),
                Column.of("progressPercent", "进度（%）", r -> r.task().progressPercent),
                Column.of("issuerOrgId", "下达单位编号", r -> r.task().issuerOrgId),
                Column.of("issuerOrgName", "下达单位", Row::issuerName),
                Column.of("assigneeOrgId", "承办单位编号", r -> r.task().assigneeOrgId),
                Column.of("assigneeOrgName", "承办单位", Row::assigneeName),
                Column.of("planId", "工作要点编号", r -> r.task().planId),
                Column.of("planItemId", "重点工作编号", r -> r.task().planItemId),
                Column.of("parentId", "上级任务编号", r -> r.task().parentId),
                Column.of("startDate", "开始日期", r -> r.task().startDate),
                Column.of("dueDate", "截止日期", r -> r.task().dueDate),
                Column.of("createdAt", "创建时间", r -> r.task().createdAt),
                Column.of("updatedAt", "更新时间", r -> r.task().updatedAt));
    }

    static Row row(Task task, Map<Long, String> orgNames, LocalDate today) {
        return new Row(task, orgNames.get(task.issuerOrgId), orgNames.get(task.assigneeOrgId),
                TaskLights.of(task.status, task.dueDate, today));
    }
}

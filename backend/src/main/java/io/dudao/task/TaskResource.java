package io.dudao.task;

import io.dudao.common.security.CurrentCaller;
import io.dudao.common.web.Etags;
import io.dudao.common.web.PageQuery;
import io.dudao.common.export.ExportFormat;
import io.dudao.common.export.ExportGate;
import io.dudao.common.export.Exports;
import io.dudao.common.web.Params;
import io.dudao.task.TaskDtos.AcknowledgeRequest;
import io.dudao.task.TaskDtos.BatchTaskRequest;
import io.dudao.task.TaskDtos.ProgressRequest;
import io.dudao.task.TaskDtos.ProgressResponse;
import io.dudao.task.TaskDtos.ReasonRequest;
import io.dudao.task.TaskDtos.SaveTaskRequest;
import io.dudao.task.TaskDtos.TaskBatchResult;
import io.dudao.task.TaskDtos.TaskResponse;
import io.dudao.task.TaskEnums.Category;
import io.dudao.common.work.Light;
import io.dudao.task.TaskEnums.Status;
import io.dudao.task.TaskWorkflow.Action;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks", description = "任务：下达、分解、进展、验收")
@Authenticated
public class TaskResource {

    @Inject
    TaskService service;

    @Inject
    CurrentCaller caller;

    @Inject
    ExportGate exportGate;

    /** The Chinese file name of the list export, and its ASCII fallback. */
    static final Exports.Name EXPORT_NAME = new Exports.Name("任务清单", "tasks");

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(operationId = "listTasks", summary = "任务列表 / List visible tasks",
            description = "JSON pages by default. With `Accept: text/csv` (UTF-8 with BOM, English column names, "
                    + "codes plus label columns) or `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` "
                    + "(Chinese headers) it streams every matching task, ignoring page and size.")
    @APIResponse(responseCode = "200", description = "A page of tasks, or the whole filtered list as a spreadsheet",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskPage.class)),
                    @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response listTasks(
            @QueryParam("planId") Long planId, @QueryParam("planItemId") @Schema(description = "Only tasks serving this plan item (重点工作) or one of its sub-items") Long planItemId,
            @QueryParam("assigneeOrgId") Long assigneeOrgId,
            @QueryParam("status") @Schema(implementation = Status.class) String status,
            @QueryParam("light") @Schema(implementation = Light.class) String light,
            @QueryParam("dueBefore") @Schema(format = "date", description = "Due on or before (YYYY-MM-DD)") String dueBefore,
            @QueryParam("dueAfter") @Schema(format = "date", description = "Due on or after (YYYY-MM-DD)") String dueAfter,
            @QueryParam("category") @Schema(implementation = Category.class) String category,
            @QueryParam("q") String q,
            @QueryParam("mine") @Schema(description = "Only tasks assigned to the caller's organisation") Boolean mine,
            @QueryParam("parentId") Long parentId,
            @QueryParam("forwardingId") Long forwardingId,
            @QueryParam("withinOrgId") @Schema(description = "Only tasks assigned to this organisation or below it") Long withinOrgId,
            @QueryParam("year") @Schema(description = "The year of the plan the task serves; unlinked tasks by their due date's year") Integer year,
            @QueryParam("open") @Schema(description = "Only open tasks (neither completed nor cancelled)") Boolean open,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Schema(description = "dueDate|updatedAt|priority|createdAt|title|id, then ,asc or ,desc") String sort,
            @Context HttpHeaders headers) {
        var filter = new TaskRepository.Filter(planId, planItemId, assigneeOrgId,
                Params.enumValue(status, Status.class, "status"), Params.enumValue(light, Light.class, "light"),
                Params.date(dueBefore, "dueBefore"), Params.date(dueAfter, "dueAfter"),
                Params.enumValue(category, Category.class, "category"), q, Boolean.TRUE.equals(mine), parentId, forwardingId, withinOrgId, year,
                Boolean.TRUE.equals(open));
        PageQuery paging = PageQuery.of(page, size, sort, TaskService.SORTABLE, "dueDate,asc");
        Optional<ExportFormat> export = Exports.requested(headers);
        if (export.isPresent()) {
            var who = caller.get();
            return exportGate.stream(who, export.get(), EXPORT_NAME, out -> service.export(who, filter, paging, export.get(), out));
        }
        return Response.ok(service.list(caller.get(), filter, paging), MediaType.APPLICATION_JSON).build();
    }

    /** The JSON page of tasks, for the contract. */
    @Schema(name = "TaskPage")
    public record TaskPage(@Schema(required = true) List<TaskResponse> items, @Schema(required = true) int page,
                           @Schema(required = true) int size, @Schema(required = true) long total) {
    }

    @POST
    @Operation(operationId = "createTask", summary = "下达任务 / Create a task (or a subtask with parentId)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    public Response createTask(@Valid @NotNull SaveTaskRequest request, @Context UriInfo uri) {
        TaskResponse task = service.create(caller.get(), request);
        return created(uri, task);
    }

    @POST
    @Path("/batch")
    @Operation(operationId = "createTaskBatch", summary = "批量下达 / One task for many organisations")
    @APIResponse(responseCode = "201", description = "Created: the parent and one child per assignee",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskBatchResult.class)))
    public Response createTaskBatch(@Valid @NotNull BatchTaskRequest request, @Context UriInfo uri) {
        TaskBatchResult result = service.createBatch(caller.get(), request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/tasks").path(Long.toString(result.parent().id())).build())
                .entity(result).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTask", summary = "任务详情 / Get a task")
    @APIResponse(responseCode = "200", description = "The task",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    public Response getTask(@PathParam("id") long id) {
        TaskResponse task = service.get(caller.get(), id);
        return Etags.ok(task, task.version()).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateTask", summary = "修改任务 / Update a task (issuer)")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    public Response updateTask(@PathParam("id") long id, @Valid @NotNull SaveTaskRequest request,
                               @HeaderParam("If-Match") String ifMatch) {
        TaskResponse task = service.update(caller.get(), id, request, ifMatch);
        return Etags.ok(task, task.version()).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteTask", summary = "删除任务 / Delete a task that has not started")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "TASK_IN_USE: started, or has subtasks or progress")
    public Response deleteTask(@PathParam("id") long id) {
        service.delete(caller.get(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/children")
    @Operation(operationId = "listTaskChildren", summary = "子任务 / Subtasks of a task")
    public List<TaskResponse> listTaskChildren(@PathParam("id") long id) {
        return service.children(caller.get(), id);
    }

    @POST
    @Path("/{id}/start")
    @Operation(operationId = "startTask", summary = "开始 / Start (assignee)")
    @APIResponse(responseCode = "200", description = "The task in its new state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION")
    public TaskResponse startTask(@PathParam("id") long id) {
        return service.act(caller.get(), id, Action.START, null);
    }

    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitTask", summary = "提交 / Submit for acceptance (assignee)")
    @APIResponse(responseCode = "200", description = "The task in its new state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION")
    public TaskResponse submitTask(@PathParam("id") long id) {
        return service.act(caller.get(), id, Action.SUBMIT, null);
    }

    @POST
    @Path("/{id}/accept")
    @Operation(operationId = "acceptTask", summary = "验收 / Accept as completed (issuer)")
    @APIResponse(responseCode = "200", description = "The task in its new state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION")
    public TaskResponse acceptTask(@PathParam("id") long id) {
        return service.act(caller.get(), id, Action.ACCEPT, null);
    }

    @POST
    @Path("/{id}/return")
    @Operation(operationId = "returnTask", summary = "退回 / Return to the assignee with a reason (issuer)")
    @APIResponse(responseCode = "200", description = "The task in its new state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION")
    public TaskResponse returnTask(@PathParam("id") long id, @Valid @NotNull ReasonRequest request) {
        return service.act(caller.get(), id, Action.RETURN, request.reason().trim());
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelTask", summary = "取消 / Cancel (issuer)")
    @APIResponse(responseCode = "200", description = "The task in its new state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION")
    public TaskResponse cancelTask(@PathParam("id") long id) {
        return service.act(caller.get(), id, Action.CANCEL, null);
    }

    @POST
    @Path("/{id}/acknowledge")
    @Operation(operationId = "acknowledgeTask", summary = "签收 / Acknowledge a forwarded document, optionally with the meeting record")
    @APIResponse(responseCode = "200", description = "The task in its new state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION")
    public TaskResponse acknowledgeTask(@PathParam("id") long id, @Valid @NotNull AcknowledgeRequest request) {
        return service.acknowledge(caller.get(), id, request);
    }

    @POST
    @Path("/{id}/progress")
    @Operation(operationId = "reportTaskProgress", summary = "报告进展 / Report progress (assignee)")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION")
    public Response reportTaskProgress(@PathParam("id") long id, @Valid @NotNull ProgressRequest request) {
        ProgressResponse entry = service.reportProgress(caller.get(), id, request);
        return Response.status(201).entity(entry).build();
    }

    @GET
    @Path("/{id}/progress")
    @Operation(operationId = "listTaskProgress", summary = "进展记录 / Progress history")
    public List<ProgressResponse> listTaskProgress(@PathParam("id") long id) {
        return service.progressHistory(caller.get(), id);
    }

    private static Response created(UriInfo uri, TaskResponse task) {
        return Response.created(uri.getBaseUriBuilder().path("api/v1/tasks").path(Long.toString(task.id())).build())
                .entity(task).tag(Etags.of(task.version())).build();
    }
}

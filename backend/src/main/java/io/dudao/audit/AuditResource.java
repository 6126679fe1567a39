package io.dudao.audit;

import io.dudao.common.export.ExportFormat;
import io.dudao.common.export.Exports;
import io.dudao.common.security.CurrentCaller;
import io.dudao.common.time.AppClock;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;


@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "操作日志")
@RolesAllowed({"ADMIN", "AUDIT_ADMIN", "PROVINCE_OFFICE", "CITY_OFFICE", "COUNTY_OFFICE"})
public class AuditResource {

    @Inject
    AuditService service;

    @Inject
    CurrentCaller caller;

    @Inject
    AppClock clock;

    /** The Chinese file name of the log export, and its ASCII fallback. */
    static final Exports.Name EXPORT_NAME = new Exports.Name("操作日志", "audit-events");

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(operationId = "listAuditEvents", summary = "操作日志 / Audit events on objects in the caller's subtree",
            description = "Read-only: no API changes or deletes audit events, and the database refuses it too. Events are"
                    + " kept at least 180 days. Every read is itself recorded (action AUDIT_READ; an export AUDIT_EXPORT)."
                    + " Accept: text/csv or .xlsx exports the whole filtered log.")
    @APIResponse(responseCode = "200", description = "A page of events, or the whole filtered log as a spreadsheet",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditEventPage.class)),
                    @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response listAuditEvents(
            @QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
            @QueryParam("actor") String actor,
            @QueryParam("from") @Schema(description = "Inclusive lower bound, ISO-8601 instant with offset") String from,
            @QueryParam("to") @Schema(description = "Exclusive upper bound, ISO-8601 instant with offset") String to,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Schema(description = "occurredAt|id, then ,asc or ,desc") String sort,
            @Context HttpHeaders headers) {
        var filter = new AuditRepository.AuditFilter(entityType, entityId, actor, Params.instant(from, "from"),
                Params.instant(to, "to"));
        PageQuery paging = PageQuery.of(page, size, sort, AuditService.SORTABLE, "occurredAt,desc");
        var format = Exports.requested(headers);
        if (format.isPresent()) {
            var who = caller.get();
            return Exports.stream(format.get(), EXPORT_NAME, clock.today(), out -> service.export(who, filter, paging, format.get(), out));
        }
        return Response.ok(service.search(caller.get(), filter, paging), MediaType.APPLICATION_JSON).build();
    }

    @Schema(name = "AuditEventPage")
    public record AuditEventPage(@Schema(required = true) List<AuditEventResponse> items, @Schema(required = true) int page,
                                 @Schema(required = true) int size, @Schema(required = true) long total) {
    }
}

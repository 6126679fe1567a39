package io.dudao.audit;

import io.dudao.common.security.CurrentCaller;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.common.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "操作日志")
@RolesAllowed({"ADMIN", "AUDIT_ADMIN", "PROVINCE_OFFICE", "CITY_OFFICE", "COUNTY_OFFICE"})
public class AuditResource {

    @Inject
    AuditService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listAuditEvents", summary = "操作日志 / Audit events on objects in the caller's subtree",
            description = "Read-only: no API changes or deletes audit events, and the database refuses it too. Events are"
                    + " kept at least 180 days. Every read is itself recorded (action AUDIT_READ).")
    public PageResponse<AuditEventResponse> listAuditEvents(
            @QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
            @QueryParam("actor") String actor,
            @QueryParam("from") @Schema(description = "Inclusive lower bound, ISO-8601 instant with offset") String from,
            @QueryParam("to") @Schema(description = "Exclusive upper bound, ISO-8601 instant with offset") String to,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Schema(description = "occurredAt|id, then ,asc or ,desc") String sort) {
        return service.search(caller.get(), new AuditRepository.AuditFilter(entityType, entityId, actor,
                        Params.instant(from, "from"), Params.instant(to, "to")),
                PageQuery.of(page, size, sort, AuditService.SORTABLE, "occurredAt,desc"));
    }
}

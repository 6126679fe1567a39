package io.dudao.supervision;

import io.dudao.common.error.ApiException;
import io.dudao.common.export.ExportFormat;
import io.dudao.common.export.ExportGate;
import io.dudao.common.export.Exports;
import io.dudao.common.security.CurrentCaller;
import io.dudao.common.web.Params;
import io.dudao.supervision.SupervisionDtos.CoverageResponse;
import io.dudao.supervision.SupervisionEnums.Semester;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 督导覆盖: which school was visited in which month of a semester, and which is behind. */
@Path("/api/v1/supervision/coverage")
@Tag(name = "Supervision")
@Authenticated
public class CoverageResource {

    @Inject
    CoverageService service;

    @Inject
    CurrentCaller caller;

    @Inject
    ExportGate exportGate;

    static final Exports.Name EXPORT_NAME = new Exports.Name("督导覆盖", "supervision-coverage");

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(operationId = "getSupervisionCoverage", summary = "督导覆盖 / Routine-visit coverage of a semester",
            description = "School × month counts of submitted routine visits (counted in the month of the visit date) for the schools "
                    + "of the caller's subtree below orgId. requiredByNow = ceil(frequency × teaching months elapsed); a school "
                    + "is red when its visits fall short. Rolled up per supervisor, zone, county and city with the share on "
                    + "track; supervisors and zones above their county's limits are flagged (a warning). Accept .xlsx or CSV "
                    + "for a spreadsheet.")
    @APIResponse(responseCode = "200", description = "The coverage, or the same as a spreadsheet",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoverageResponse.class)),
                    @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: no orgId, a bad year or semester")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: orgId is not visible to the caller")
    public Response getSupervisionCoverage(
            @QueryParam("orgId") @Parameter(required = true, description = "A city, county, zone or school") Long orgId,
            @QueryParam("year") @Schema(type = SchemaType.INTEGER) @Parameter(description = "The year the semester starts in; default: the current semester's") String year,
            @QueryParam("semester") @Schema(implementation = Semester.class) @Parameter(description = "Default: the current one") String semester,
            @Context HttpHeaders headers) {
        if (orgId == null) {
            throw ApiException.validation("orgId", "请指定机构", "orgId is required");
        }
        var who = caller.get();
        CoverageResponse coverage = service.coverage(who, orgId, year(year),
                Params.enumValue(semester, Semester.class, "semester"));
        var export = Exports.requested(headers);
        if (export.isPresent()) {
            return exportGate.stream(who, export.get(), EXPORT_NAME, out -> service.export(coverage, export.get(), out));
        }
        return Response.ok(coverage, MediaType.APPLICATION_JSON).build();
    }

    private static Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.validation("year", "年份应为四位数字，例如 2023", "year must be a number such as 2023");
        }
    }
}

package io.dudao.calendar;

import io.dudao.calendar.CalendarDtos.CalendarYearResponse;
import io.dudao.calendar.CalendarDtos.CalendarYearSummary;
import io.dudao.calendar.CalendarDtos.ImportResult;
import io.dudao.calendar.CalendarDtos.SaveCalendarYearRequest;
import io.dudao.calendar.CalendarDtos.WorkingDaysResponse;
import io.dudao.common.security.CurrentCaller;
import io.dudao.common.web.Params;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "工作日安排：法定节假日与调休上班日，按工作日计算期限")
@Authenticated
public class CalendarResource {

    @Inject
    WorkCalendarService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/years")
    @Operation(operationId = "listCalendarYears", summary = "已录入的年度 / Years with an entered schedule")
    public List<CalendarYearSummary> listCalendarYears() {
        caller.get();
        return service.years();
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getCalendarYear", summary = "年度工作日安排 / One year's holidays and make-up working days",
            description = "A year nobody entered answers scheduled=false and weekendsOnly=true (Monday to Friday count as working days).")
    @APIResponse(responseCode = "200", description = "The year",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarYearResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: year outside 2000–2100")
    public CalendarYearResponse getCalendarYear(@PathParam("year") int year) {
        caller.get();
        return service.get(year);
    }

    @PUT
    @Path("/{year}")
    @Operation(operationId = "saveCalendarYear", summary = "录入工作日安排 / Enter or replace a year's schedule (ADMIN)")
    @APIResponse(responseCode = "200", description = "The year as saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarYearResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: a day outside the year, listed twice or in another year, or a weekday as make-up working day")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not an administrator")
    @APIResponse(responseCode = "409", description = "VERSION_CONFLICT")
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match does not match")
    public CalendarYearResponse saveCalendarYear(@PathParam("year") int year, @Valid @NotNull SaveCalendarYearRequest request,
                                                 @HeaderParam("If-Match") String ifMatch) {
        return service.save(caller.get(), year, request, ifMatch);
    }

    @DELETE
    @Path("/{year}")
    @Operation(operationId = "deleteCalendarYear", summary = "删除年度安排 / Remove a year's schedule (ADMIN); the year then counts weekends only")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not an administrator")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no schedule for the year")
    public Response deleteCalendarYear(@PathParam("year") int year) {
        service.delete(caller.get(), year);
        return Response.noContent().build();
    }

    @POST
    @Path("/{year}/import")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(operationId = "importCalendarYear", summary = "导入国务院办公厅节假日安排通知 / Import the State Council's notice (ADMIN)",
            description = "Send the notice's text (国务院办公厅关于XXXX年部分节假日安排的通知) as text/plain, or lines such as "
                    + "`2026-02-15..2026-02-23 休 春节` and `2026-02-14 班`. preview=true reads without saving; otherwise the "
                    + "year's schedule is replaced by what was read. Lines it could not read come back as warnings.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "What was read, and whether it was saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: empty text, a notice of another year, or a day that cannot be listed")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not an administrator")
    public ImportResult importCalendarYear(@PathParam("year") int year, @QueryParam("preview") Boolean preview, String text) {
        return service.importNotice(caller.get(), year, text, Boolean.TRUE.equals(preview));
    }

    @GET
    @Path("/working-days")
    @Operation(operationId = "addWorkingDays", summary = "按工作日推算期限 / The n-th working day after a date",
            description = "from itself is not counted; days=0 answers from. weekendsOnly says a year on the way has no schedule.")
    @APIResponse(responseCode = "200", description = "The date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkingDaysResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
    public WorkingDaysResponse addWorkingDays(
            @QueryParam("from") @Schema(format = "date", required = true) String from,
            @QueryParam("days") @Schema(required = true, description = "0–3650") Integer days) {
        caller.get();
        return service.addWorkingDays(Params.date(from, "from"), days);
    }
}

package io.dudao.creation;

import io.dudao.common.error.ApiException;
import io.dudao.common.security.CurrentCaller;
import io.dudao.common.web.ContentDisposition;
import io.dudao.common.web.Etags;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.common.web.Params;
import io.dudao.creation.CreationDtos.RecognitionResponse;
import io.dudao.creation.CreationDtos.SchoolTargetProgress;
import io.dudao.creation.CreationDtos.SetSchoolTargetRequest;
import io.dudao.creation.CreationDtos.RecordRecognitionStepRequest;
import io.dudao.creation.CreationDtos.AssessmentResponse;
import io.dudao.creation.CreationDtos.CountyReturnRequest;
import io.dudao.creation.CreationDtos.CountyReturnResponse;
import io.dudao.creation.CreationDtos.CreateProgrammeRequest;
import io.dudao.creation.CreationDtos.ImportUpload;
import io.dudao.creation.CreationDtos.LedgerEntryResponse;
import io.dudao.creation.CreationDtos.LedgerStatus;
import io.dudao.creation.CreationDtos.LedgerSyncResult;
import io.dudao.creation.CreationDtos.ProgrammeResponse;
import io.dudao.creation.CreationDtos.ProgrammeStatus;
import io.dudao.creation.CreationDtos.SchoolReturnRequest;
import io.dudao.creation.CreationDtos.SchoolReturnResponse;
import io.dudao.creation.CreationDtos.SimulationRequest;
import io.dudao.creation.CreationDtos.UpdateProgrammeRequest;
import io.dudao.creation.engine.CreationEnums.CreationKind;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

@Path("/api/v1/creation-programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Creation programmes", description = "两个创建：县域义务教育优质均衡、学前教育普及普惠")
@Authenticated
public class CreationProgrammeResource {

    static final long MAX_IMPORT_BYTES = 5L * 1024 * 1024;

    @Inject
    CreationProgrammeService service;

    @Inject
    CreationLedgerService ledger;

    @Inject
    CreationCountyService county;

    @Inject
    CreationRecognitionService recognition;

    @Inject
    CreationSchoolTargetService schoolTargets;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listCreationProgrammes", summary = "创建项目列表 / List visible programmes with their latest verdict",
            description = "Each item carries `latest`: the verdict, passing-school ratio and worst indicator of its latest filed year.")
    public PageResponse<ProgrammeResponse> listCreationProgrammes(
            @QueryParam("countyOrgId") Long countyOrgId,
            @QueryParam("kind") @Schema(implementation = CreationKind.class) String kind,
            @QueryParam("status") @Schema(implementation = ProgrammeStatus.class) String status,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Schema(description = "id|updatedAt|targetYear|kind|createdAt, then ,asc or ,desc") String sort) {
        return service.list(caller.get(), countyOrgId, Params.enumValue(kind, CreationKind.class, "kind"),
                Params.enumValue(status, ProgrammeStatus.class, "status"),
                PageQuery.of(page, size, sort, CreationProgrammeService.SORTABLE, "id,asc"));
    }

    @POST
    @Operation(operationId = "createCreationProgramme", summary = "建立创建项目 / Create a county's programme (one per county and kind)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeResponse.class)))
    @APIResponse(responseCode = "409", description = "PROGRAMME_EXISTS: the county already has one of this kind")
    public Response createCreationProgramme(@Valid @NotNull CreateProgrammeRequest request, @Context UriInfo uri) {
        ProgrammeResponse created = service.create(caller.get(), request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/creation-programmes").path(Long.toString(created.id())).build())
                .entity(created).tag(Etags.of(created.version())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCreationProgramme", summary = "创建项目详情 / Get a programme")
    @APIResponse(responseCode = "200", description = "The programme",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeResponse.class)))
    public Response getCreationProgramme(@PathParam("id") long id) {
        ProgrammeResponse p = service.get(caller.get(), id);
        return Etags.ok(p, p.version()).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateCreationProgramme", summary = "修改创建项目 / Update the target year, stages, standard set or status")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeResponse.class)))
    public Response updateCreationProgramme(@PathParam("id") long id, @Valid @NotNull UpdateProgrammeRequest request,
                                            @HeaderParam("If-Match") String ifMatch) {
        ProgrammeResponse p = service.update(caller.get(), id, request, ifMatch);
        return Etags.ok(p, p.version()).build();
    }

    @GET
    @Path("/{id}/schools/{year}")
    @Operation(operationId = "getCreationSchoolReturn", summary = "学校填报数据 / A year's school returns",
            description = "A year not filed yet answers with filed=false and no rows.")
    @APIResponse(responseCode = "200", description = "The returns",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolReturnResponse.class)))
    public Response getCreationSchoolReturn(@PathParam("id") long id, @PathParam("year") int year) {
        SchoolReturnResponse r = service.schools(caller.get(), id, year);
        return r.version() == null ? Response.ok(r).build() : Etags.ok(r, r.version()).build();
    }

    @PUT
    @Path("/{id}/schools/{year}")
    @Operation(operationId = "saveCreationSchoolReturn", summary = "填报学校数据 / Replace a year's school returns",
            description = "Every row and column is checked; any error answers 400 listing all of them (errors[].field like "
                    + "`rows[3].sportsAreaM2`) and nothing is saved. Codes of schools under the county link rows to them. "
                    + "Replacing a filed year needs its version (If-Match or body).")
    @APIResponse(responseCode = "200", description = "Saved, with the new assessment summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolReturnResponse.class)))
    public Response saveCreationSchoolReturn(@PathParam("id") long id, @PathParam("year") int year,
                                             @NotNull SchoolReturnRequest request, @HeaderParam("If-Match") String ifMatch) {
        SchoolReturnResponse r = service.saveSchools(caller.get(), id, year, request, ifMatch);
        return Etags.ok(r, r.version()).build();
    }

    @POST
    @Path("/{id}/schools/{year}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importCreationSchoolReturn", summary = "导入学校数据 / Import a year's returns from the .xlsx or .csv template",
            description = "Multipart field `file` (≤ 5 MB). Replaces the year's rows as a whole or, on any error, changes nothing "
                    + "and lists every error: errors[].field is `rows[i].<Chinese column header>` (i counts data rows from 0) "
                    + "and the message names the sheet row and column. If-Match is optional.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = ImportUpload.class)))
    @APIResponse(responseCode = "200", description = "Imported, with the new assessment summary and notes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolReturnResponse.class)))
    @APIResponse(responseCode = "413", description = "PAYLOAD_TOO_LARGE (over 5 MB), or FILE_INFLATES_TOO_FAR: an .xlsx that inflates past the zip-bomb limits")
    public Response importCreationSchoolReturn(@PathParam("id") long id, @PathParam("year") int year,
                                               @RestForm("file") @Schema(hidden = true) FileUpload file,
                                               @HeaderParam("If-Match") String ifMatch) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.validation("file", "请选择要导入的文件（表单字段 file）", "send the file as multipart field `file`");
        }
        if (file.size() > MAX_IMPORT_BYTES) {
            throw new ApiException(413, "PAYLOAD_TOO_LARGE", "导入文件不能超过 5 MB", "Import files are limited to 5 MB");
        }
        SchoolReturnResponse r = service.importSchools(caller.get(), id, year, file.fileName(),
                Files.readAllBytes(file.uploadedFile()), ifMatch);
        return Etags.ok(r, r.version()).build();
    }

    @GET
    @Path("/{id}/county/{year}")
    @Operation(operationId = "getCreationCountyReturn", summary = "县级数据 / A county's own data for a programme year",
            description = "The county numbers, hand-entered quality-monitoring results, the assessor's judgements and the recorded "
                    + "one-vote vetoes with their evidence, and the form the programme's standard defines (which numbers, "
                    + "which items need a judgement, which vetoes). A year not saved yet answers with filed=false. "
                    + "普及普惠 programmes have county data too (政府保障情况, 保教质量, 社会认可度).")
    @APIResponse(responseCode = "200", description = "The county data",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountyReturnResponse.class)))
    @APIResponse(responseCode = "404", description = "No such visible programme")
    public Response getCreationCountyReturn(@PathParam("id") long id, @PathParam("year") int year) {
        CountyReturnResponse r = county.get(caller.get(), id, year);
        return r.version() == null ? Response.ok(r).build() : Etags.ok(r, r.version()).build();
    }

    @PUT
    @Path("/{id}/county/{year}")
    @Operation(operationId = "saveCreationCountyReturn", summary = "填报县级数据 / Replace a county's own data for a programme year",
            description = "Every field is checked and any problem answers 400 listing all of them (errors[].field like "
                    + "`inputs.rotatedTeachers`, `judgements[2].attachmentIds`, `vetoes[0].attachmentIds`); nothing is saved. A rate "
                    + "can never pass 100% (its part above its whole), a judgement of met and every veto need evidence (attachments "
                    + "uploaded by the caller), judgements only for items that need one. Saving refreshes the year's verdict. "
                    + "Replacing a saved year needs its version (If-Match or body).")
    @APIResponse(responseCode = "200", description = "Saved, with the year's refreshed summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountyReturnResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: every problem in errors[]")
    @APIResponse(responseCode = "403", description = "Only the county's office or one above it may do this")
    @APIResponse(responseCode = "404", description = "No such visible programme")
    @APIResponse(responseCode = "409", description = "VERSION_CONFLICT: the body's version is stale")
    @APIResponse(responseCode = "412", description = "If-Match does not match")
    public Response saveCreationCountyReturn(@PathParam("id") long id, @PathParam("year") int year,
                                             @NotNull CountyReturnRequest request, @HeaderParam("If-Match") String ifMatch) {
        CountyReturnResponse r = county.save(caller.get(), id, year, request, ifMatch);
        return Etags.ok(r, r.version()).build();
    }

    @GET
    @Path("/{id}/schools/{year}/template")
    @Produces({SchoolSheets.XLSX, "text/csv", MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadCreationTemplate", summary = "下载填报模板 / Download the returns template (.xlsx or .csv)",
            description = "Chinese headers, one layout per kind. Filled with the year's rows when filed; otherwise with the "
                    + "schools of the latest earlier year (names only) or of the county's organisation tree.")
    @APIResponse(responseCode = "200", description = "The template", content = {
            @Content(mediaType = SchoolSheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response downloadCreationTemplate(@PathParam("id") long id, @PathParam("year") int year,
                                             @QueryParam("format") @Schema(enumeration = {"xlsx", "csv"}, defaultValue = "xlsx") String format) {
        boolean xlsx = format == null || format.isBlank() || format.equalsIgnoreCase("xlsx");
        if (!xlsx && !format.equalsIgnoreCase("csv")) {
            throw ApiException.validation("format", "格式只能是 xlsx 或 csv", "format must be xlsx or csv");
        }
        CreationProgrammeService.Download d = service.template(caller.get(), id, year, xlsx);
        return Response.ok(d.content(), d.contentType())
                .header("Content-Disposition", ContentDisposition.attachment(d.fileName(), "creation-template-" + id + "-" + year + (xlsx ? ".xlsx" : ".csv")))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("/{id}/assessment")
    @Operation(operationId = "getCreationAssessment", summary = "达标测算 / Assess a year's returns against the standard",
            description = "Every school's values, checks and shortfalls; every county indicator (the CV for 优质均衡, the "
                    + "rates for 普及普惠) with an explain block of inputs and arithmetic. 优质均衡 adds the four parts (resource "
                    + "allocation: every school passing AND every CV within its limit; 政府保障程度; 教育质量; 社会认可度), each with "
                    + "its own verdict and items, the one-vote vetoes and the precondition; the verdict is their conjunction. "
                    + "普及普惠 likewise: 普及普惠水平 (the rates), 政府保障情况, 幼儿园保教质量保障情况 and 社会认可度, all must pass. "
                    + "Without year: the latest filed year.")
    public AssessmentResponse getCreationAssessment(@PathParam("id") long id,
                                                    @QueryParam("year") @Schema(description = "Defaults to the latest filed year") Integer year) {
        return service.assessment(caller.get(), id, year);
    }

    @POST
    @Path("/{id}/assessment/simulate")
    @Operation(operationId = "simulateCreationAssessment", summary = "模拟测算 / What-if: assess the year with changes, saving nothing",
            description = "School changes (any row field, add or remove a school) and county changes (numbers, "
                    + "monitoring results, judgements, vetoes), so every part can be tried. Bad values answer 400 listing all.")
    @APIResponse(responseCode = "200", description = "The simulated assessment, with the saved one's summary as baseline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentResponse.class)))
    public AssessmentResponse simulateCreationAssessment(@PathParam("id") long id, @Valid @NotNull SimulationRequest request) {
        return service.simulate(caller.get(), id, request);
    }

    @POST
    @Path("/{id}/ledger")
    @Operation(operationId = "syncCreationLedger", summary = "生成问题台账 / Turn the year's gaps into ledger entries (and tasks)",
            description = "Idempotent: entries are keyed by school, stage and indicator; a rerun refreshes them, reopens gaps that "
                    + "came back and marks RESOLVED those that disappeared. createTasks=true also issues one task per open "
                    + "entry without one (to the linked school, else the county; due on the year's stage date).")
    @APIResponse(responseCode = "200", description = "What changed, and the year's entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LedgerSyncResult.class)))
    public LedgerSyncResult syncCreationLedger(@PathParam("id") long id,
                                               @QueryParam("year") @Schema(required = true) Integer year,
                                               @QueryParam("createTasks") Boolean createTasks) {
        if (year == null) {
            throw ApiException.validation("year", "请指定年度", "year is required");
        }
        return ledger.sync(caller.get(), id, year, Boolean.TRUE.equals(createTasks));
    }

    @GET
    @Path("/{id}/ledger")
    @Operation(operationId = "listCreationLedger", summary = "问题台账 / The programme's problem ledger")
    public PageResponse<LedgerEntryResponse> listCreationLedger(
            @PathParam("id") long id, @QueryParam("year") Integer year,
            @QueryParam("status") @Schema(implementation = LedgerStatus.class) String status,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Schema(description = "id|status|schoolCode|indicatorCode|updatedAt, then ,asc or ,desc") String sort) {
        return ledger.list(caller.get(), id, year, Params.enumValue(status, LedgerStatus.class, "status"),
                PageQuery.of(page, size, sort, CreationLedgerService.SORTABLE, "id,asc"));
    }

    @GET
    @Path("/{id}/recognition")
    @Operation(operationId = "getCreationRecognition", summary = "认定环节 / The programme's recognition steps",
            description = "County self-assessment → city review → provincial process supervision → provincial review → national "
                    + "recognition: each recorded one with date, documents and the office that recorded it, and the next step.")
    @APIResponse(responseCode = "200", description = "The steps in order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecognitionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such visible programme")
    public RecognitionResponse getCreationRecognition(@PathParam("id") long id) {
        return recognition.get(caller.get(), id);
    }

    @POST
    @Path("/{id}/recognition")
    @Operation(operationId = "recordCreationRecognitionStep", summary = "登记认定环节 / Record the programme's next recognition step",
            description = "Only the next step in order can be recorded (409 ILLEGAL_TRANSITION otherwise), dated no earlier than "
                    + "the step before it; the recording office is the caller's organisation. Nothing changes on refusal.")
    @APIResponse(responseCode = "200", description = "Recorded; the steps in order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecognitionResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: a missing field, no documents, or a date before the previous step")
    @APIResponse(responseCode = "403", description = "Only the county's office or one above it may do this")
    @APIResponse(responseCode = "404", description = "No such visible programme")
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION: not the next step in order")
    public RecognitionResponse recordCreationRecognitionStep(@PathParam("id") long id, @Valid @NotNull RecordRecognitionStepRequest request) {
        return recognition.record(caller.get(), id, request);
    }

    @GET
    @Path("/school-targets")
    @Operation(operationId = "listCreationSchoolTargets", summary = "达标校目标进度 / Each 优质均衡 county's school target and progress for a year",
            description = "Every visible 优质均衡 programme: the city's target for the year, the schools assessed and passing in the "
                    + "year's filed data, and behind=true (shown red) when fewer pass than the target.")
    @APIResponse(responseCode = "200", description = "One line per county",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SchoolTargetProgress.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: year missing or out of range")
    public List<SchoolTargetProgress> listCreationSchoolTargets(@QueryParam("year") @Schema(required = true) Integer year) {
        if (year == null) {
            throw ApiException.validation("year", "请指定年度", "year is required");
        }
        return schoolTargets.progress(caller.get(), year);
    }

    @PUT
    @Path("/{id}/school-targets/{year}")
    @Operation(operationId = "setCreationSchoolTarget", summary = "下达达标校目标 / Set a county's school target for a year",
            description = "By an office above the county (the city). The target may not exceed the county's schools (those in its "
                    + "latest filed data up to the year). Replacing a target needs its version (If-Match or body).")
    @APIResponse(responseCode = "200", description = "The target with the year's progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolTargetProgress.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: a target above the county's schools, or not a 优质均衡 programme")
    @APIResponse(responseCode = "403", description = "Only an office above the county may set it")
    @APIResponse(responseCode = "404", description = "No such visible programme")
    @APIResponse(responseCode = "409", description = "VERSION_CONFLICT: the body's version is stale")
    @APIResponse(responseCode = "412", description = "If-Match does not match")
    public SchoolTargetProgress setCreationSchoolTarget(@PathParam("id") long id, @PathParam("year") int year,
                                                        @Valid @NotNull SetSchoolTargetRequest request,
                                                        @HeaderParam("If-Match") String ifMatch) {
        return schoolTargets.set(caller.get(), id, year, request, ifMatch);
    }
}

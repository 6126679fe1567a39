package io.dudao.creation;

import io.dudao.common.error.ApiException;
import io.dudao.common.security.CurrentCaller;
import io.dudao.common.web.Etags;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.common.web.Params;
import io.dudao.creation.CreationDtos.KindergartenCountyProgress;
import io.dudao.creation.CreationDtos.KindergartenEntryRequest;
import io.dudao.creation.CreationDtos.KindergartenEntryResponse;
import io.dudao.creation.CreationDtos.KindergartenStatus;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/kindergarten-register")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Kindergarten register", description = "千园达标：幼儿园达标创建名册")
@Authenticated
public class KindergartenRegisterResource {

    @Inject
    CreationKindergartenService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listKindergartenRegister", summary = "千园达标名册 / The kindergartens of the register the caller may see")
    @APIResponse(responseCode = "200", description = "A page of entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KindergartenRegisterPage.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: a bad filter, page or sort")
    public PageResponse<KindergartenEntryResponse> listKindergartenRegister(
            @QueryParam("countyOrgId") Long countyOrgId, @QueryParam("targetYear") Integer targetYear,
            @QueryParam("status") @Schema(implementation = KindergartenStatus.class) String status,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Schema(description = "id|targetYear|status|updatedAt, then ,asc or ,desc") String sort) {
        return service.list(caller.get(), countyOrgId, targetYear, Params.enumValue(status, KindergartenStatus.class, "status"),
                PageQuery.of(page, size, sort, CreationKindergartenService.SORTABLE, "id,asc"));
    }

    @GET
    @Path("/progress")
    @Operation(operationId = "getKindergartenRegisterProgress", summary = "千园达标进度 / Per county: kindergartens due by the year vs achieved",
            description = "remaining = target − achieved: what 收官 still needs.")
    @APIResponse(responseCode = "200", description = "One line per visible county with entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = KindergartenCountyProgress.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: year missing or out of range")
    public List<KindergartenCountyProgress> getKindergartenRegisterProgress(@QueryParam("year") @Schema(required = true) Integer year) {
        if (year == null) {
            throw ApiException.validation("year", "请指定年度", "year is required");
        }
        return service.progress(caller.get(), year);
    }

    @POST
    @Operation(operationId = "createKindergartenRegisterEntry", summary = "登记幼儿园 / Add a kindergarten to the register")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KindergartenEntryResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: e.g. a kindergarten outside the county")
    @APIResponse(responseCode = "403", description = "Only supervision offices maintain the register")
    @APIResponse(responseCode = "409", description = "DUPLICATE: the kindergarten is already registered")
    public Response createKindergartenRegisterEntry(@Valid @NotNull KindergartenEntryRequest request, @Context UriInfo uri) {
        KindergartenEntryResponse created = service.create(caller.get(), request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/kindergarten-register").path(Long.toString(created.id())).build())
                .entity(created).tag(Etags.of(created.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateKindergartenRegisterEntry", summary = "修改名册条目 / Update a register entry (status, checklist, evidence)")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KindergartenEntryResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: e.g. a kindergarten outside the county")
    @APIResponse(responseCode = "403", description = "Only supervision offices maintain the register")
    @APIResponse(responseCode = "404", description = "No such visible entry")
    @APIResponse(responseCode = "409", description = "VERSION_CONFLICT or DUPLICATE")
    @APIResponse(responseCode = "412", description = "If-Match does not match")
    public Response updateKindergartenRegisterEntry(@PathParam("id") long id, @Valid @NotNull KindergartenEntryRequest request,
                                                    @HeaderParam("If-Match") String ifMatch) {
        KindergartenEntryResponse r = service.update(caller.get(), id, request, ifMatch);
        return Etags.ok(r, r.version()).build();
    }

    /** The documented shape of a page of entries (PageResponse, named for the contract). */
    @Schema(name = "KindergartenRegisterPage")
    public record KindergartenRegisterPage(@Schema(required = true) List<KindergartenEntryResponse> items, @Schema(required = true) int page,
                                           @Schema(required = true) int size, @Schema(required = true) long total) {
    }
}

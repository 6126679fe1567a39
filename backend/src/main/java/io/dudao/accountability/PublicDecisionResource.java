package io.dudao.accountability;

import io.dudao.accountability.AccountabilityDtos.PublicDecision;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/public/accountability-decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public", description = "无需登录的公开信息")
@PermitAll
@SecurityRequirements
public class PublicDecisionResource {

    static final int MAX_SIZE = 100;

    @Inject
    CaseDocuments documents;

    @GET
    @Operation(operationId = "listPublicAccountabilityDecisions",
            summary = "问责决定公开 / Decisions published to the public (no sign-in; names reduced to the surname)")
    @APIResponse(responseCode = "200", description = "A page of public decisions, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDecisionPage.class)))
    @APIResponse(responseCode = "400", description = "page or size out of bounds (size 1–100; at most 10,000 rows deep)")
    public PageResponse<PublicDecision> listPublicAccountabilityDecisions(@QueryParam("year") Integer year,
                                                                        @QueryParam("page") Integer page,
                                                                        @QueryParam("size") @Schema(description = "1–100, default 20") Integer size) {
        PageQuery window = PageQuery.window(page, size, MAX_SIZE);
        return documents.published(year, window.page(), window.size());
    }

    @Schema(name = "PublicAccountabilityDecisionPage")
    public record PublicDecisionPage(@Schema(required = true) List<PublicDecision> items, @Schema(required = true) int page,
                                     @Schema(required = true) int size, @Schema(required = true) long total) {
    }
}

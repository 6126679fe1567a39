package io.dudao.search;

import io.dudao.common.security.CurrentCaller;
import io.dudao.search.SearchDtos.SearchResponse;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "全局搜索：文号、学校、主题词、问题")
@Authenticated
public class SearchResource {

    @Inject
    SearchService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "search", summary = "全局搜索 / Search everything the caller may see",
            description = "Plans and their items, organisations, and every kind of work (tasks, forwardings, inspection "
                    + "reports, findings, accountability cases …), within the caller's visibility, grouped by kind. Chinese "
                    + "is matched by character pairs (a one-character word by the character), every word of the query must "
                    + "occur; 文号 brackets 〔〕 [] () （） 【】 match each other. Only fields every viewer of an object may "
                    + "see are searched.")
    @APIResponse(responseCode = "200", description = "The groups",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: q empty, longer than 100 characters or of more "
            + "than 10 words; an unknown kind; size outside 1–50")
    public SearchResponse search(
            @QueryParam("q") @Parameter(description = "The words to find, e.g. 渭教督发〔2023〕3号 or 双减 作业") String q,
            @QueryParam("kinds") @Parameter(description = "Only these kinds, comma-separated or repeated; all when absent")
            List<String> kinds,
            @QueryParam("size") @Parameter(description = "At most this many items per kind (1–50, default 5)") Integer size) {
        return service.search(caller.get(), q, kinds, size);
    }
}

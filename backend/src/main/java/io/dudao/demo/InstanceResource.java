package io.dudao.demo;

import io.dudao.common.error.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the sign-in page needs to know before anyone signs in: whether this is a demo installation. */
@Path("/api/v1/public/instance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public", description = "无需登录的公开信息")
@PermitAll
@SecurityRequirements
public class InstanceResource {

    @ConfigProperty(name = "app.demo-data")
    boolean demoData;

    @Schema(name = "InstanceInfo", description = "About this installation")
    public record InstanceInfo(
            @Schema(required = true, description = "Demo data is loaded: demo accounts with a published password exist"
                    + " (the web client shows a 演示环境 banner)") boolean demoData) {
    }

    @GET
    @Operation(operationId = "getInstanceInfo", summary = "系统信息 / About this installation (no sign-in)")
    @APIResponse(responseCode = "200", description = "About this installation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstanceInfo.class)))
    @APIResponse(responseCode = "429", description = "RATE_LIMITED: too many requests from this address; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getInstanceInfo() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(new InstanceInfo(demoData)).cacheControl(cache).build();
    }
}

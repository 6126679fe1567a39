package io.dudao.common.web;

import io.dudao.common.error.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents the error responses every operation shares, all as application/problem+json with the
 * Problem schema, so the contract lists them without repeating annotations on each method.
 */
public class OpenApiFilter implements OASFilter {

    private static final String BEARER = "bearerAuth";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("Access token from POST /api/v1/auth/login"));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                document(path, entry.getKey(), entry.getValue());
            }
        });
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        // operations marked public carry an explicit empty security list (@SecurityRequirements)
        boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
        if (operation.getSecurity() == null) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER)));
        }
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParams = operation.getParameters() != null && !operation.getParameters().isEmpty();
        Map<String, String> errors = new LinkedHashMap<>();
        if (hasBody || hasParams) {
            errors.put("400", "Invalid input (VALIDATION_FAILED with errors[], or MALFORMED_JSON)");
        }
        if (secured) {
            errors.put("401", "Missing, expired or invalid access token");
            errors.put("403", "The caller's role does not allow this");
        }
        if (path.contains("{")) {
            errors.put("404", "No such object, or not visible to the caller");
        }
        if (method == PathItem.HttpMethod.PUT) {
            errors.put("409", "VERSION_CONFLICT: the body's version is stale");
            errors.put("412", "PRECONDITION_FAILED: If-Match does not match the current version");
        }
        if (hasBody) {
            errors.put("413", "The request body is too large");
            errors.put("415", "Unsupported request media type");
        }
        errors.put("500", "Unexpected server error");
        errors.forEach((code, description) -> {
            APIResponse existing = responses.getAPIResponse(code);
            if (existing == null) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(problemContent()));
            } else {
                if (existing.getContent() == null) {
                    existing.setContent(problemContent());
                }
                if (existing.getDescription() == null || existing.getDescription().isBlank()) {
                    existing.setDescription(description);
                }
            }
        });
        // error responses an operation declares without a body get the shared schema too (the OAuth2
        // token endpoint declares its own error shape)
        responses.getAPIResponses().forEach((code, response) -> {
            if ((code.startsWith("4") || code.startsWith("5")) && response.getContent() == null) {
                response.setContent(problemContent());
            }
        });
    }

    private static Content problemContent() {
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    }
}

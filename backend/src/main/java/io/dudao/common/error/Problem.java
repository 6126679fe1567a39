package io.dudao.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** RFC 9457 problem details, the body of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "URI identifying the problem type", required = true) String type,
        @Schema(description = "Short summary of the problem type", required = true) String title,
        @Schema(description = "HTTP status code", required = true) int status,
        @Schema(description = "Human-readable explanation of this occurrence") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "Stable machine-readable code, e.g. VALIDATION_FAILED, VERSION_CONFLICT", required = true) String code,
        @Schema(description = "Invalid fields, for VALIDATION_FAILED") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}

package io.dudao.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FieldError", description = "One invalid input field")
public record FieldError(
        @Schema(description = "Path of the field in the request, e.g. `username` or `indicators[2].maxScore`", required = true)
        String field,
        @Schema(description = "What is wrong with it", required = true)
        String message) {
}

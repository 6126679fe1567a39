package io.dudao.creation.engine;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** How a number was obtained, for the office to defend it: the formula, its inputs and the arithmetic. */
@Schema(name = "CreationExplain")
public record Explain(
        @Schema(required = true, description = "The formula in words and symbols") String formula,
        @Schema(required = true, description = "Every input by name") Map<String, Object> inputs,
        @Schema(required = true, description = "The arithmetic with the actual numbers") String computation,
        @Schema(description = "The standard applied, rounding, and other remarks") String note) {
}

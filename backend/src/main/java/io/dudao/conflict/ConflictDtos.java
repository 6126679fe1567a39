package io.dudao.conflict;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** API types of conflict-of-interest declarations. */
public final class ConflictDtos {

    private ConflictDtos() {
    }

    @Schema(name = "ConflictDeclaration", description = "A declared tie (申报回避): the user never checks this organisation or anything below it")
    public record DeclarationResponse(
            @Schema(required = true) long id,
            @Schema(required = true) long userId,
            @Schema(required = true) long organizationId,
            @Schema(required = true) String organizationName,
            @Schema(required = true) String reason,
            @Schema(description = "Since when the tie exists; a later date is not yet in force") LocalDate since,
            @Schema(required = true) OffsetDateTime createdAt) {
    }

    @Schema(name = "DeclareConflictRequest")
    public record DeclareRequest(
            @NotNull @Schema(required = true) Long organizationId,
            @NotBlank @Size(max = 500) @Schema(required = true, description = "e.g. 配偶在该校任教") String reason,
            LocalDate since) {
    }
}

package io.dudao.attachment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

public final class AttachmentDtos {

    private AttachmentDtos() {
    }

    @Schema(name = "Attachment", description = "An uploaded file (佐证材料, 会议记录, ...)")
    public record AttachmentResponse(
            @Schema(required = true) long id,
            @Schema(required = true) String fileName,
            @Schema(required = true) long size,
            @Schema(required = true) String sha256,
            @Schema(required = true) String contentType,
            @Schema(required = true) OffsetDateTime createdAt) {

        static AttachmentResponse of(Attachment a) {
            return new AttachmentResponse(a.id, a.fileName, a.size, a.sha256, a.contentType, a.createdAt);
        }
    }
}

package io.dudao.common.export;

import io.dudao.common.time.AppClock;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.util.Optional;
import java.util.function.Consumer;

/** Content negotiation and streaming responses for list exports. */
public final class Exports {

    private static final MediaType CSV = MediaType.valueOf(ExportFormat.CSV_TYPE);
    private static final MediaType XLSX = MediaType.valueOf(ExportFormat.XLSX_TYPE);

    private Exports() {
    }

    /** The spreadsheet format the client asked for, if its preferred type is one (JSON wins for *&#47;*). */
    public static Optional<ExportFormat> requested(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return Optional.empty();
            }
            if (!type.isWildcardSubtype() && type.isCompatible(CSV)) {
                return Optional.of(ExportFormat.CSV);
            }
            if (!type.isWildcardSubtype() && type.isCompatible(XLSX)) {
                return Optional.of(ExportFormat.XLSX);
            }
        }
        return Optional.empty();
    }

    public static Response stream(ExportFormat format, String baseName, Consumer<java.io.OutputStream> writer) {
        StreamingOutput body = writer::accept;
        String fileName = baseName + "-" + AppClock.current().today() + "." + format.extension();
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}

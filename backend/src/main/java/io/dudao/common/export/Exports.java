package io.dudao.common.export;

import io.dudao.common.web.ContentDisposition;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/** Content negotiation and streaming responses for list exports. */
public final class Exports {

    private static final MediaType CSV = MediaType.valueOf(ExportFormat.CSV_TYPE);
    private static final MediaType XLSX = MediaType.valueOf(ExportFormat.XLSX_TYPE);

    private Exports() {
    }

    /** What an export is called: the Chinese name people see, and an ASCII name for old clients. */
    public record Name(String chinese, String ascii) {
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

    /** The file name of an export made on {@code day}, e.g. 任务清单-2026-12-06.xlsx (ASCII: tasks-2026-12-06.xlsx). */
    public static String contentDisposition(Name name, LocalDate day, ExportFormat format) {
        String suffix = "-" + day + "." + format.extension();
        return ContentDisposition.attachment(name.chinese() + suffix, name.ascii() + suffix);
    }

    public static Response stream(ExportFormat format, Name name, LocalDate day, Consumer<OutputStream> writer) {
        StreamingOutput body = writer::accept;
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", contentDisposition(name, day, format))
                .build();
    }
}

package io.dudao.common.export;

import jakarta.ws.rs.core.MediaType;

/** The spreadsheet formats every list of work items can be pulled in. */
public enum ExportFormat {
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return this == CSV ? mediaType + "; charset=utf-8" : mediaType;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat of(MediaType type) {
        return type.isCompatible(MediaType.valueOf(XLSX_TYPE)) ? XLSX : CSV;
    }
}

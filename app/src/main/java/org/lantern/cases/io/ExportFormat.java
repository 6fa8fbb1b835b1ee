package org.lantern.cases.io;

import java.util.Locale;

import org.lantern.platform.web.InvalidInputException;

/** The export formats: flat tables (CSV, XLSX) and JSON with the field names of HTCDS 2.0. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    HTCDS("application/json", "json");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The format named by a request parameter ({@code csv}, {@code xlsx} or {@code htcds}). */
    public static ExportFormat of(String name) {
        try {
            return valueOf((name == null ? "csv" : name.strip()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("format", "cases.export.error.format");
        }
    }
}

package org.lantern.cases.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.cases.CaseRecords;
import org.lantern.cases.CaseSearch;
import org.lantern.protection.FileProtector;
import org.springframework.stereotype.Service;

import tools.jackson.databind.ObjectMapper;

/**
 * Exports the cases a user may see, selected as on the list page, as CSV, XLSX or HTCDS JSON. Records are
 * written as they are read, never gathered in memory. The export is audited with the ids and their count.
 */
@Service
public class CaseExports {

    private final CaseRecords records;
    private final AuditLog audit;
    private final FileProtector protector;
    private final ObjectMapper mapper;

    CaseExports(CaseRecords records, AuditLog audit, FileProtector protector, ObjectMapper mapper) {
        this.records = records;
        this.audit = audit;
        this.protector = protector;
        this.mapper = mapper;
    }

    /**
     * Writes the export to {@code out} and answers how many cases it holds. With {@code research}, only people
     * whose RESEARCH consent is in force, de-identified.
     */
    public int export(ExportFormat format, CaseSearch.Query filters, boolean research, OutputStream out) {
        try {
            CaseSink sink = switch (format) {
                case CSV -> new CsvSink(out, research);
                case XLSX -> new XlsxSink(out, research, protector);
                case HTCDS -> new HtcdsSink(out, research, mapper);
            };
            List<UUID> ids = records.forEach(filters, research, record -> {
                try {
                    sink.write(record);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            sink.finish();
            audit.recordAll(AuditAction.EXPORT, "case", ids,
                    "format=" + format + " purpose=" + (research ? "research" : "casework") + " count=" + ids.size());
            return ids.size();
        } catch (IOException e) {
            throw new UncheckedIOException("The export could not be written", e);
        }
    }
}

package org.lantern.cases.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.lantern.cases.CaseSearch;
import org.lantern.cases.CaseStatus;
import org.lantern.cases.SurvivorCase;
import org.lantern.cases.io.CaseExports;
import org.lantern.cases.io.CaseSummaryPdf;
import org.lantern.cases.io.ExportFormat;
import org.lantern.cases.io.Redaction;
import org.lantern.identity.Permission;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.web.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1}: the case export (filters as the list) and the redacted case summary PDF. The list page links
 * to the export too; a signed-in session is accepted.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseIoApi {

    private final CaseExports exports;
    private final CaseSummaryPdf summaries;
    private final RecordAccess access;

    CaseIoApi(CaseExports exports, CaseSummaryPdf summaries, RecordAccess access) {
        this.exports = exports;
        this.summaries = summaries;
        this.access = access;
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) String format, @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String q, @RequestParam(required = false) String district,
            @RequestParam(required = false) CaseStatus status, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean pending, HttpServletResponse response) throws IOException {
        SignedInUser user = access.requirePermission(Permission.CASES_VIEW);
        ExportFormat chosen = ExportFormat.of(format);
        boolean research = research(purpose);
        CaseSearch.Query filters = new CaseSearch.Query(q, district, status, mine ? user.id() : null, pending, 0, 1);
        String name = "cases-" + (research ? "research-" : "") + LocalDate.now() + "." + chosen.extension();
        exports.export(chosen, filters, research, CaseFileResponses.download(response, chosen.contentType(), name));
    }

    @GetMapping("/{id}/summary.pdf")
    void summary(@PathVariable UUID id, @RequestParam(required = false) List<String> redact,
            HttpServletResponse response) throws IOException {
        writeSummary(summaries, id, Redaction.parse(redact), response);
    }

    static void writeSummary(CaseSummaryPdf summaries, UUID id, java.util.Set<Redaction> redact,
            HttpServletResponse response) throws IOException {
        SurvivorCase found = summaries.requireCase(id);
        summaries.write(id, redact, CaseFileResponses.download(response, "application/pdf",
                "case-summary-" + found.reference() + ".pdf"));
    }

    static boolean research(String purpose) {
        if (purpose == null || purpose.isBlank() || purpose.equals("casework")) {
            return false;
        }
        if (purpose.equals("research")) {
            return true;
        }
        throw new InvalidInputException("purpose", "cases.export.error.purpose");
    }
}

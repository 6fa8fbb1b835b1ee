package org.lantern.cases.web;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.lantern.cases.io.CaseImports;
import org.lantern.cases.io.CaseSummaryPdf;
import org.lantern.cases.io.ImportField;
import org.lantern.cases.io.Redaction;
import org.lantern.identity.Permission;
import org.lantern.identity.RecordAccess;
import org.lantern.platform.web.InputProblems;
import org.lantern.platform.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages for the redacted case summary and the import of legacy case registers. */
@Controller
@RequestMapping("/cases")
class CaseIoPages {

    private final InputProblems problems;
    private final CaseSummaryPdf summaries;
    private final CaseImports imports;
    private final RecordAccess access;

    CaseIoPages(CaseSummaryPdf summaries, CaseImports imports, RecordAccess access, InputProblems problems) {
        this.problems = problems;
        this.summaries = summaries;
        this.imports = imports;
        this.access = access;
    }

    @GetMapping("/{id}/summary")
    String summaryForm(@PathVariable UUID id, Model model) {
        model.addAttribute("c", summaries.requireCase(id));
        model.addAttribute("redactions", Redaction.values());
        return "cases/summary";
    }

    @PostMapping("/{id}/summary.pdf")
    void summary(@PathVariable UUID id, @RequestParam(required = false) List<String> redact, HttpServletResponse response)
            throws IOException {
        CaseIoApi.writeSummary(summaries, id, Redaction.parse(redact), response);
    }

    @GetMapping("/import")
    String importForm(Model model) {
        access.requirePermission(Permission.CASES_EDIT);
        model.addAttribute("maxMegabytes", CaseImports.MAX_BYTES / (1024 * 1024));
        return "cases/import";
    }

    @PostMapping("/import")
    String upload(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        access.requirePermission(Permission.CASES_EDIT);
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "cases.import.error.empty");
            }
            UUID id = imports.upload(file.getOriginalFilename(), file.getSize(), file.getInputStream());
            return "redirect:/cases/import/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("problem", problems.text(e));
            return importForm(model);
        }
    }

    @GetMapping("/import/{importId}")
    String check(@PathVariable("importId") UUID id, Model model) {
        return checkPage(model, checked(id, null, model));
    }

    @PostMapping("/import/{importId}")
    String checkOrCommit(@PathVariable("importId") UUID id, @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "check") String action, Model model, RedirectAttributes redirect) {
        Map<ImportField, Integer> mapping = mapping(params);
        if ("commit".equals(action)) {
            try {
                int stored = imports.commit(id, mapping);
                redirect.addFlashAttribute("notice", "cases.import.notice.stored");
                redirect.addFlashAttribute("storedCount", stored);
                return "redirect:/cases?mine=true";
            } catch (CaseImports.Rejected e) {
                model.addAttribute("rejected", true);
                return checkPage(model, e.check());
            } catch (InvalidInputException e) {
                model.addAttribute("problem", problems.text(e));
            }
        }
        return checkPage(model, checked(id, mapping, model));
    }

    @PostMapping("/import/{importId}/cancel")
    String cancel(@PathVariable("importId") UUID id, RedirectAttributes redirect) {
        imports.cancel(id);
        redirect.addFlashAttribute("notice", "cases.import.notice.cancelled");
        return "redirect:/cases/import";
    }

    private CaseImports.Check checked(UUID id, Map<ImportField, Integer> mapping, Model model) {
        try {
            return imports.check(id, mapping);
        } catch (InvalidInputException e) {
            model.addAttribute("problem", problems.text(e));
            return imports.check(id, null);
        }
    }

    private String checkPage(Model model, CaseImports.Check check) {
        model.addAttribute("check", check);
        model.addAttribute("fields", ImportField.values());
        return "cases/import-check";
    }

    /** The mapping from the form: a select per field named {@code map.FIELD} holding a column index or "". */
    private static Map<ImportField, Integer> mapping(Map<String, String> params) {
        Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            String value = params.get("map." + field.name());
            if (value != null && value.matches("\\d{1,4}")) {
                mapping.put(field, Integer.parseInt(value));
            }
        }
        return mapping;
    }
}

package org.lantern.investigation.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.lantern.investigation.AssignedCases;
import org.lantern.investigation.CaseNetworks;
import org.lantern.investigation.CdrColumns;
import org.lantern.investigation.CdrImports;
import org.lantern.investigation.EntityKind;
import org.lantern.investigation.EvidenceSource;
import org.lantern.investigation.LinkKind;
import org.lantern.investigation.NetworkEntities;
import org.lantern.investigation.NetworkAccess;
import org.lantern.investigation.NetworkExports;
import org.lantern.cases.SurvivorCases;
import org.lantern.identity.Permission;
import org.lantern.identity.SignInFlow;
import org.lantern.platform.web.InputProblems;
import org.lantern.platform.web.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The investigation pages: the investigator's cases, a case's network (drawn by
 * {@code /js/investigation-network.js} from the JSON API), the common contacts and path tools, exports,
 * and CDR imports with column mapping and a polled progress bar.
 */
@Controller
@RequestMapping("/investigations")
class InvestigationPages {

    private final InputProblems problems;
    private final AssignedCases assigned;
    private final CaseNetworks networks;
    private final CdrImports imports;
    private final NetworkExports exports;
    private final NetworkAccess access;
    private final SurvivorCases cases;
    private final NetworkEntities entities;

    InvestigationPages(AssignedCases assigned, CaseNetworks networks, CdrImports imports, NetworkExports exports,
            NetworkAccess access, SurvivorCases cases, NetworkEntities entities, InputProblems problems) {
        this.problems = problems;
        this.entities = entities;
        this.cases = cases;
        this.assigned = assigned;
        this.networks = networks;
        this.imports = imports;
        this.exports = exports;
        this.access = access;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("cases", assigned.mine());
        return "investigation/list";
    }

    @GetMapping("/cases/{caseId}")
    String network(@PathVariable UUID caseId, Model model) {
        access.requireView(caseId);
        model.addAttribute("caseId", caseId);
        model.addAttribute("reference", cases.get(caseId).reference());
        model.addAttribute("kinds", EntityKind.values());
        model.addAttribute("linkKinds", java.util.Arrays.stream(LinkKind.values()).filter(k -> k != LinkKind.CALLED).toList());
        model.addAttribute("sources", EvidenceSource.values());
        model.addAttribute("imports", imports.imports(caseId));
        model.addAttribute("canImport", SignInFlow.currentUser().has(Permission.NETWORK_EDIT));
        return "investigation/network";
    }

    /** An analyst's statement: two entities and the link between them. */
    @PostMapping("/cases/{caseId}/links")
    String recordLink(@PathVariable UUID caseId, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            entities.record(caseId, new NetworkEntities.Statement(kind(EntityKind.class, form.get("fromKind"), "fromKind"),
                    form.get("fromValue"), kind(LinkKind.class, form.get("kind"), "kind"),
                    kind(EntityKind.class, form.get("toKind"), "toKind"), form.get("toValue"),
                    form.get("source") == null ? null : kind(EvidenceSource.class, form.get("source"), "source"), form.get("sourceRef"),
                    confidence(form.get("confidence"))));
            redirect.addFlashAttribute("notice", "investigation.statement.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", problems.text(e));
            redirect.addFlashAttribute("badField", e.field());
        }
        return "redirect:/investigations/cases/" + caseId;
    }

    private static <E extends Enum<E>> E kind(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "investigation.error.required");
        }
    }

    private static java.math.BigDecimal confidence(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("confidence", "investigation.error.confidence");
        }
    }

    /** The common contacts of two or more suspects (numbers, one per line or comma-separated): a fragment. */
    @GetMapping("/cases/{caseId}/common-contacts")
    String commonContacts(@PathVariable UUID caseId, @RequestParam(defaultValue = "") String numbers,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String tz, Model model) {
        List<String> suspects = Arrays.stream(numbers.split("[,;\\n\\r]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        try {
            model.addAttribute("result", networks.commonContacts(caseId, WindowParams.window(from, to, tz), suspects));
        } catch (InvalidInputException e) {
            model.addAttribute("problem", problems.text(e));
        }
        return "investigation/fragments :: commonContacts";
    }

    @GetMapping("/cases/{caseId}/export")
    ResponseEntity<StreamingResponseBody> export(@PathVariable UUID caseId, @RequestParam String format,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String tz) {
        return NetworkApi.download(exports.export(caseId, WindowParams.window(from, to, tz), NetworkExports.Format.parse(format)));
    }

    @GetMapping("/cases/{caseId}/imports/new")
    String uploadForm(@PathVariable UUID caseId, Model model) {
        access.requireEdit(caseId);
        model.addAttribute("caseId", caseId);
        return "investigation/upload";
    }

    @PostMapping("/cases/{caseId}/imports")
    String upload(@PathVariable UUID caseId, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "investigation.error.emptyFile");
            }
            CdrImports.Upload upload;
            try (InputStream in = file.getInputStream()) {
                upload = imports.upload(caseId, file.getOriginalFilename(), in);
            }
            return "redirect:/investigations/cases/" + caseId + "/imports/" + upload.id() + "/mapping";
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", problems.text(e));
            return "redirect:/investigations/cases/" + caseId + "/imports/new";
        }
    }

    @GetMapping("/cases/{caseId}/imports/{importId}/mapping")
    String mapping(@PathVariable UUID caseId, @PathVariable UUID importId, Model model) {
        CdrImports.Upload upload = imports.preview(caseId, importId);
        model.addAttribute("caseId", caseId);
        model.addAttribute("upload", upload);
        model.addAttribute("fields", CdrColumns.FIELDS);
        model.addAttribute("zones", CdrImports.COMMON_ZONES);
        if (!model.containsAttribute("chosen")) {
            model.addAttribute("chosen", upload.guessed());
            model.addAttribute("zone", WindowParams.DEFAULT_ZONE);
        }
        return "investigation/mapping";
    }

    @PostMapping("/cases/{caseId}/imports/{importId}/start")
    String start(@PathVariable UUID caseId, @PathVariable UUID importId, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Map<String, Integer> chosen = new LinkedHashMap<>();
        for (String field : CdrColumns.FIELDS) {
            String value = form.get(field);
            if (value != null && !value.isBlank()) {
                try {
                    chosen.put(field, Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    chosen.put(field, -1);
                }
            }
        }
        try {
            imports.start(caseId, importId, CdrColumns.of(chosen), form.get("timeZone"));
            return "redirect:/investigations/cases/" + caseId + "/imports/" + importId;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", problems.text(e));
            redirect.addFlashAttribute("badField", e.field());
            redirect.addFlashAttribute("chosen", chosen);
            redirect.addFlashAttribute("zone", form.get("timeZone"));
            return "redirect:/investigations/cases/" + caseId + "/imports/" + importId + "/mapping";
        }
    }

    @GetMapping("/cases/{caseId}/imports/{importId}")
    String progress(@PathVariable UUID caseId, @PathVariable UUID importId, Model model) {
        progressModel(caseId, importId, model);
        return "investigation/import";
    }

    /** The progress fragment, polled by htmx until the import has finished. */
    @GetMapping("/cases/{caseId}/imports/{importId}/progress")
    String progressFragment(@PathVariable UUID caseId, @PathVariable UUID importId, Model model) {
        progressModel(caseId, importId, model);
        return "investigation/fragments :: progress";
    }

    private void progressModel(UUID caseId, UUID importId, Model model) {
        CdrImports.Status status = imports.status(caseId, importId);
        model.addAttribute("caseId", caseId);
        model.addAttribute("status", status);
        model.addAttribute("problems", status.finished() ? imports.problems(caseId, importId, 200, 0) : List.of());
    }
}

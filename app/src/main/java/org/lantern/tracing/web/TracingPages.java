package org.lantern.tracing.web;

import java.util.List;
import java.util.UUID;

import org.lantern.cases.ConsentMethod;
import org.lantern.cases.Sex;
import org.lantern.identity.Permission;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.SignInFlow;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.web.InputProblems;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.tracing.CandidateStatus;
import org.lantern.tracing.FoundSource;
import org.lantern.tracing.MatchCandidates;
import org.lantern.tracing.ReporterKind;
import org.lantern.tracing.Side;
import org.lantern.tracing.TracingNotifications;
import org.lantern.tracing.TracingRecord;
import org.lantern.tracing.TracingRecords;
import org.lantern.tracing.TracingSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tracing pages: the review queue and a pair side by side, the registers of missing reports and found persons
 * with their forms (and the duplicate check while typing), name search, and notifications.
 */
@Controller
@RequestMapping("/tracing")
class TracingPages {

    private final InputProblems problems;
    private final TracingRecords records;
    private final MatchCandidates candidates;
    private final TracingSearch search;
    private final TracingNotifications notifications;
    private final RecordAccess access;

    TracingPages(TracingRecords records, MatchCandidates candidates, TracingSearch search,
            TracingNotifications notifications, RecordAccess access, InputProblems problems) {
        this.problems = problems;
        this.records = records;
        this.candidates = candidates;
        this.search = search;
        this.notifications = notifications;
        this.access = access;
    }

    @GetMapping
    String start() {
        return SignInFlow.currentUser().has(Permission.TRACING_REVIEW) ? "redirect:/tracing/queue" : "redirect:/tracing/missing";
    }

    // ---- review ----

    @GetMapping("/queue")
    String queue(@RequestParam(defaultValue = "PENDING") CandidateStatus status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", candidates.queue(status, page));
        model.addAttribute("status", status);
        model.addAttribute("statuses", CandidateStatus.values());
        model.addAttribute("unread", notifications.unread());
        return "tracing/queue";
    }

    @GetMapping("/candidates/{id}")
    String pair(@PathVariable UUID id, Model model) {
        return pairPage(model, id, null, null);
    }

    @PostMapping("/candidates/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam(required = false) CandidateStatus decision,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            candidates.decide(id, decision, reason);
        } catch (InvalidInputException e) {
            model.addAttribute("reason", reason);
            return pairPage(model, id, e.field(), problems.text(e));
        }
        redirect.addFlashAttribute("notice", "tracing.notice.decided");
        return "redirect:/tracing/candidates/" + id;
    }

    private String pairPage(Model model, UUID id, String field, String problem) {
        model.addAttribute("pair", candidates.get(id));
        model.addAttribute("decisions", List.of(CandidateStatus.CONFIRMED, CandidateStatus.REJECTED, CandidateStatus.UNSURE));
        model.addAttribute("field", field);
        model.addAttribute("problem", problem);
        return "tracing/pair";
    }

    // ---- registers ----

    @GetMapping("/{register:missing|found}")
    String list(@PathVariable String register, @RequestParam(defaultValue = "0") int page, Model model) {
        Side side = side(register);
        access.requirePermission(Permission.TRACING_REPORT);
        List<TracingRecord> found = records.list(side, page);
        model.addAttribute("items", found.size() > TracingRecords.PAGE_SIZE ? found.subList(0, TracingRecords.PAGE_SIZE) : found);
        model.addAttribute("hasNext", found.size() > TracingRecords.PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("side", side);
        model.addAttribute("register", register);
        return "tracing/list";
    }

    @GetMapping("/{register:missing|found}/new")
    String form(@PathVariable String register, Model model) {
        access.requirePermission(Permission.TRACING_REPORT);
        return formPage(model, register, TracingForm.empty(), null, null);
    }

    @PostMapping("/{register:missing|found}")
    String create(@PathVariable String register, TracingForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        access.requirePermission(Permission.TRACING_REPORT);
        if (binding.hasFieldErrors()) {
            return formPage(model, register, form, binding.getFieldErrors().getFirst().getField(), "tracing.error.format");
        }
        try {
            UUID id = records.create(side(register), form.draft());
            redirect.addFlashAttribute("notice", "tracing.notice.registered");
            return "redirect:/tracing/" + register + "/" + id;
        } catch (InvalidInputException e) {
            return formPage(model, register, form, TracingForm.inputOf(e.field()), problems.text(e));
        }
    }

    /** The htmx duplicate check: records that may already be known, shown before the form is saved. */
    @PostMapping("/{register:missing|found}/duplicates")
    String duplicates(@PathVariable String register, TracingForm form, BindingResult binding, Model model) {
        model.addAttribute("hits", binding.hasErrors() || form.name() == null || form.name().isBlank() ? List.of()
                : search.duplicates(side(register), form.draft()));
        model.addAttribute("checked", form.name() != null && !form.name().isBlank());
        return "tracing/duplicates :: hits";
    }

    private String formPage(Model model, String register, TracingForm form, String field, String problem) {
        Side side = side(register);
        model.addAttribute("form", form);
        model.addAttribute("side", side);
        model.addAttribute("register", register);
        model.addAttribute("kinds", side == Side.MISSING ? ReporterKind.values() : FoundSource.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("consentMethods", ConsentMethod.values());
        model.addAttribute("field", field);
        model.addAttribute("problem", problem);
        SignedInUser user = SignInFlow.currentUser();
        model.addAttribute("opensCase", side == Side.FOUND && user.has(Permission.CASES_EDIT));
        return "tracing/form";
    }

    @GetMapping("/{register:missing|found}/{id}")
    String record(@PathVariable String register, @PathVariable UUID id, Model model) {
        Side side = side(register);
        TracingRecord record = records.get(side, id);
        model.addAttribute("record", record);
        model.addAttribute("side", side);
        model.addAttribute("register", register);
        SignedInUser user = SignInFlow.currentUser();
        model.addAttribute("candidates", user.has(Permission.TRACING_REVIEW) ? candidates.of(side, id) : List.of());
        return "tracing/record";
    }

    // ---- search and notifications ----

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model) {
        access.requirePermission(Permission.TRACING_REPORT);
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            try {
                model.addAttribute("hits", search.byName(q));
            } catch (InvalidInputException e) {
                model.addAttribute("problem", problems.text(e));
            }
        }
        return "tracing/search";
    }

    @GetMapping("/notifications")
    String notifications(Model model) {
        model.addAttribute("items", notifications.mine());
        model.addAttribute("unread", notifications.unread());
        return "tracing/notifications";
    }

    @PostMapping("/notifications/read")
    String markRead() {
        notifications.markAllRead();
        return "redirect:/tracing/notifications";
    }

    static Side side(String register) {
        return "missing".equals(register) ? Side.MISSING : Side.FOUND;
    }
}

package org.lantern.aftercare.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lantern.aftercare.CarePlans;
import org.lantern.aftercare.CaseDocuments;
import org.lantern.aftercare.CaseNotes;
import org.lantern.aftercare.CounsellingSessions;
import org.lantern.aftercare.FollowUpKind;
import org.lantern.aftercare.FollowUps;
import org.lantern.aftercare.GoalStatus;
import org.lantern.aftercare.RiskAssessment;
import org.lantern.aftercare.RiskAssessments;
import org.lantern.aftercare.RiskItem;
import org.lantern.aftercare.RiskLevel;
import org.lantern.aftercare.ServiceKind;
import org.lantern.aftercare.ServiceStatus;
import org.lantern.aftercare.Shelters;
import org.lantern.identity.Permission;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.web.InputProblems;
import org.lantern.platform.web.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The aftercare page of a case: plan, placements, follow-ups, counselling, risk, notes and documents.
 * Each form posts to its own action and comes back to the page; bad input comes back naming the field.
 */
@Controller
@RequestMapping("/cases/{caseId}/care")
class CareController {

    private final InputProblems problems;
    private final CarePlans plans;
    private final Shelters shelters;
    private final FollowUps followUps;
    private final CounsellingSessions counselling;
    private final RiskAssessments risks;
    private final CaseNotes notes;
    private final CaseDocuments documents;
    private final RecordAccess access;
    private final Colleagues colleagues;
    private final org.lantern.cases.SurvivorCases cases;

    CareController(CarePlans plans, Shelters shelters, FollowUps followUps, CounsellingSessions counselling,
            RiskAssessments risks, CaseNotes notes, CaseDocuments documents, RecordAccess access, Colleagues colleagues,
            org.lantern.cases.SurvivorCases cases, InputProblems problems) {
        this.problems = problems;
        this.cases = cases;
        this.plans = plans;
        this.shelters = shelters;
        this.followUps = followUps;
        this.counselling = counselling;
        this.risks = risks;
        this.notes = notes;
        this.documents = documents;
        this.access = access;
        this.colleagues = colleagues;
    }

    @GetMapping
    String page(@PathVariable UUID caseId, Model model) {
        SignedInUser user = access.requireView("case-team", caseId);
        boolean canEdit = access.canEdit("case-team", caseId);
        model.addAttribute("caseId", caseId);
        model.addAttribute("caseReference", cases.get(caseId).reference());
        model.addAttribute("today", followUps.today());
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("canApprove", user.has(Permission.CASES_APPROVE));
        model.addAttribute("canCounsel", user.has(Permission.COUNSELLING_NOTES));
        model.addAttribute("plan", plans.forCase(caseId).orElse(null));
        model.addAttribute("placements", shelters.placements(caseId));
        model.addAttribute("followUps", followUps.forCase(caseId));
        model.addAttribute("sessions", counselling.forCase(caseId));
        model.addAttribute("assessments", risks.history(caseId));
        model.addAttribute("notes", notes.forCase(caseId));
        model.addAttribute("documents", documents.forCase(caseId));
        model.addAttribute("shelters", canEdit && user.has(Permission.CASES_EDIT) ? shelters.all() : java.util.List.of());
        model.addAttribute("colleagues", colleagues.active());
        model.addAttribute("serviceKinds", ServiceKind.values());
        model.addAttribute("serviceStatuses", ServiceStatus.values());
        model.addAttribute("goalStatuses", GoalStatus.values());
        model.addAttribute("followUpKinds", FollowUpKind.values());
        model.addAttribute("riskItems", RiskItem.values());
        model.addAttribute("userId", user.id());
        riskScore(model, Set.of());
        return "aftercare/care";
    }

    @PostMapping("/plan/goals")
    String addGoal(@PathVariable UUID caseId, @RequestParam(required = false) String description,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate targetDate,
            RedirectAttributes redirect) {
        plans.addGoal(caseId, description, targetDate);
        return back(caseId, "plan", "aftercare.saved", redirect);
    }

    @PostMapping("/plan/goals/{goalId}/status")
    String goalStatus(@PathVariable UUID caseId, @PathVariable UUID goalId, @RequestParam GoalStatus status,
            RedirectAttributes redirect) {
        plans.setGoalStatus(caseId, goalId, status);
        return back(caseId, "plan", "aftercare.saved", redirect);
    }

    @PostMapping("/plan/goals/{goalId}/remove")
    String removeGoal(@PathVariable UUID caseId, @PathVariable UUID goalId, RedirectAttributes redirect) {
        plans.removeGoal(caseId, goalId);
        return back(caseId, "plan", "aftercare.removed", redirect);
    }

    @PostMapping("/plan/services")
    String addService(@PathVariable UUID caseId, @RequestParam(required = false) ServiceKind kind,
            @RequestParam(required = false) String details,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
            @RequestParam(required = false) String school, @RequestParam(required = false) String schoolClass,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate enrolmentDate,
            RedirectAttributes redirect) {
        plans.addService(caseId, kind, details, startDate, school, schoolClass, enrolmentDate);
        return back(caseId, "plan", "aftercare.saved", redirect);
    }

    @PostMapping("/plan/services/{serviceId}/status")
    String serviceStatus(@PathVariable UUID caseId, @PathVariable UUID serviceId, @RequestParam ServiceStatus status,
            RedirectAttributes redirect) {
        plans.setServiceStatus(caseId, serviceId, status);
        return back(caseId, "plan", "aftercare.saved", redirect);
    }

    @PostMapping("/plan/services/{serviceId}/remove")
    String removeService(@PathVariable UUID caseId, @PathVariable UUID serviceId, RedirectAttributes redirect) {
        plans.removeService(caseId, serviceId);
        return back(caseId, "plan", "aftercare.removed", redirect);
    }

    @PostMapping("/plan/submit")
    String submit(@PathVariable UUID caseId, RedirectAttributes redirect) {
        plans.submit(caseId);
        return back(caseId, "plan", "aftercare.plan.submittedNotice", redirect);
    }

    @PostMapping("/plan/approve")
    String approve(@PathVariable UUID caseId, RedirectAttributes redirect) {
        plans.approve(caseId);
        return back(caseId, "plan", "aftercare.plan.approvedNotice", redirect);
    }

    @PostMapping("/plan/return")
    String returnPlan(@PathVariable UUID caseId, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        plans.returnForChanges(caseId, reason);
        return back(caseId, "plan", "aftercare.plan.returnedNotice", redirect);
    }

    @PostMapping("/plan/reopen")
    String reopen(@PathVariable UUID caseId, RedirectAttributes redirect) {
        plans.reopen(caseId);
        return back(caseId, "plan", "aftercare.saved", redirect);
    }

    @PostMapping("/placements")
    String place(@PathVariable UUID caseId, @RequestParam(required = false) UUID shelterId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
            RedirectAttributes redirect) {
        shelters.place(caseId, shelterId, startDate);
        return back(caseId, "placements", "aftercare.saved", redirect);
    }

    @PostMapping("/placements/{placementId}/end")
    String endPlacement(@PathVariable UUID caseId, @PathVariable UUID placementId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
            RedirectAttributes redirect) {
        shelters.endPlacement(caseId, placementId, endDate);
        return back(caseId, "placements", "aftercare.saved", redirect);
    }

    @PostMapping("/follow-ups")
    String schedule(@PathVariable UUID caseId, @RequestParam(required = false) FollowUpKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
            @RequestParam(required = false) UUID assignedTo, RedirectAttributes redirect) {
        followUps.schedule(caseId, kind, dueDate, assignedTo);
        return back(caseId, "follow-ups", "aftercare.saved", redirect);
    }

    @PostMapping("/follow-ups/{followUpId}/done")
    String followUpDone(@PathVariable UUID caseId, @PathVariable UUID followUpId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneDate,
            @RequestParam(required = false) String outcome, RedirectAttributes redirect) {
        followUps.complete(caseId, followUpId, doneDate, outcome);
        return back(caseId, "follow-ups", "aftercare.saved", redirect);
    }

    @PostMapping("/counselling")
    String recordSession(@PathVariable UUID caseId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(required = false) Integer durationMinutes, @RequestParam(required = false) String notes,
            RedirectAttributes redirect) {
        counselling.record(caseId, heldOn, durationMinutes, notes);
        return back(caseId, "counselling", "aftercare.saved", redirect);
    }

    @PostMapping("/counselling/{sessionId}/grants")
    String grant(@PathVariable UUID caseId, @PathVariable UUID sessionId, @RequestParam(required = false) UUID userId,
            RedirectAttributes redirect) {
        counselling.grant(caseId, sessionId, userId);
        return back(caseId, "counselling", "aftercare.counselling.shared", redirect);
    }

    @PostMapping("/counselling/{sessionId}/grants/{userId}/revoke")
    String revoke(@PathVariable UUID caseId, @PathVariable UUID sessionId, @PathVariable UUID userId,
            RedirectAttributes redirect) {
        counselling.revoke(caseId, sessionId, userId);
        return back(caseId, "counselling", "aftercare.counselling.unshared", redirect);
    }

    @PostMapping("/risk")
    String assess(@PathVariable UUID caseId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn,
            @RequestParam(required = false) List<RiskItem> yes, @RequestParam(required = false) String safetyPlan,
            RedirectAttributes redirect) {
        risks.assess(caseId, assessedOn, yes == null ? Set.of() : EnumSet.copyOf(yes), safetyPlan);
        return back(caseId, "risk", "aftercare.saved", redirect);
    }

    /** Live score while the questionnaire is filled in (htmx); computes only, stores nothing. */
    @PostMapping("/risk/preview")
    String preview(@PathVariable UUID caseId, @RequestParam(required = false) List<RiskItem> yes, Model model) {
        access.requireView("case-team", caseId);
        riskScore(model, yes == null ? Set.of() : EnumSet.copyOf(yes));
        return "aftercare/care :: riskPreview";
    }

    private static void riskScore(Model model, Set<RiskItem> yes) {
        int score = RiskAssessment.score(yes);
        model.addAttribute("score", score);
        model.addAttribute("level", RiskLevel.of(score));
        model.addAttribute("maximum", RiskItem.maximumScore());
    }

    @PostMapping("/notes")
    String addNote(@PathVariable UUID caseId, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        notes.add(caseId, text);
        return back(caseId, "notes", "aftercare.saved", redirect);
    }

    @PostMapping("/documents")
    String upload(@PathVariable UUID caseId, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        documents.upload(caseId, file);
        return back(caseId, "documents", "aftercare.documents.stored", redirect);
    }

    @GetMapping("/documents/{documentId}")
    void download(@PathVariable UUID caseId, @PathVariable UUID documentId, HttpServletResponse response) throws IOException {
        CaseDocuments.Download download = documents.open(caseId, documentId);
        try (InputStream content = download.content()) {
            response.setContentType(download.document().contentType());
            response.setContentLengthLong(download.document().sizeBytes());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(download.document().fileName(), StandardCharsets.UTF_8).build().toString());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            OutputStream out = response.getOutputStream();
            content.transferTo(out);
        }
    }

    /** Bad input: back to the page with what is wrong, naming the field; nothing already stored is lost. */
    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        var flash = RequestContextUtils.getOutputFlashMap(request); // the redirect below carries it
        flash.put("field", e.field());
        flash.put("problem", problems.text(e));
        return "redirect:/cases/" + UUID.fromString(variables.get("caseId")) + "/care";
    }

    private static String back(UUID caseId, String section, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/cases/" + caseId + "/care#" + section;
    }
}

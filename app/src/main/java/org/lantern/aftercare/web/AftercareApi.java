package org.lantern.aftercare.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.lantern.aftercare.CarePlan;
import org.lantern.aftercare.CarePlans;
import org.lantern.aftercare.FollowUp;
import org.lantern.aftercare.FollowUpBoard;
import org.lantern.aftercare.FollowUpKind;
import org.lantern.aftercare.FollowUps;
import org.lantern.aftercare.ResidentKind;
import org.lantern.aftercare.ServiceKind;
import org.lantern.aftercare.Shelter;
import org.lantern.aftercare.Shelters;
import org.lantern.platform.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Aftercare over {@code /api/v1}: care plans, follow-ups and shelters, as plain DTO records. */
@RestController
@RequestMapping("/api/v1")
class AftercareApi {

    private final CarePlans plans;
    private final FollowUps followUps;
    private final Shelters shelters;

    AftercareApi(CarePlans plans, FollowUps followUps, Shelters shelters) {
        this.plans = plans;
        this.followUps = followUps;
        this.shelters = shelters;
    }

    public record Created(UUID id) {
    }

    public record GoalRequest(String description, LocalDate targetDate) {
    }

    public record ServiceRequest(ServiceKind kind, String details, LocalDate startDate, String school, String schoolClass,
            LocalDate enrolmentDate) {
    }

    public record ReturnRequest(String reason) {
    }

    public record FollowUpRequest(FollowUpKind kind, LocalDate dueDate, UUID assignedTo) {
    }

    public record FollowUpDoneRequest(LocalDate doneDate, String outcome) {
    }

    public record FollowUpDto(UUID id, UUID caseId, FollowUpKind kind, LocalDate dueDate, UUID assignedTo,
            String assignedToName, LocalDate doneDate, String outcome, boolean overdue) {

        static FollowUpDto of(FollowUp followUp) {
            return new FollowUpDto(followUp.id(), followUp.caseId(), followUp.kind(), followUp.dueDate(),
                    followUp.assignedTo(), followUp.assignedToName(), followUp.doneDate(), followUp.outcome(),
                    followUp.overdue());
        }
    }

    public record DueFollowUpsDto(LocalDate today, String office, int overdueCount, int dueSoonCount,
            List<FollowUpDto> overdue, List<FollowUpDto> dueSoon) {

        static DueFollowUpsDto of(FollowUpBoard board) {
            return new DueFollowUpsDto(board.today(), board.office(), board.overdueCount(), board.dueSoonCount(),
                    board.overdue().stream().map(FollowUpDto::of).toList(),
                    board.dueSoon().stream().map(FollowUpDto::of).toList());
        }
    }

    public record ShelterDto(UUID id, String name, String district, String state, String country, int capacity,
            int occupancy, int free, Set<ResidentKind> residents, String contactPerson, String contactPhone) {

        static ShelterDto of(Shelter shelter) {
            return new ShelterDto(shelter.id(), shelter.name(), shelter.district(), shelter.state(), shelter.country(),
                    shelter.capacity(), shelter.occupancy(), shelter.free(), shelter.residents(), shelter.contactPerson(),
                    shelter.contactPhone());
        }
    }

    @GetMapping("/cases/{caseId}/care-plan")
    CarePlan carePlan(@PathVariable UUID caseId) {
        return plans.forCase(caseId).orElseThrow(() -> new NotFoundException("Care plan"));
    }

    @PostMapping("/cases/{caseId}/care-plan/goals")
    ResponseEntity<Created> addGoal(@PathVariable UUID caseId, @RequestBody GoalRequest request) {
        UUID id = plans.addGoal(caseId, request.description(), request.targetDate());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/care-plan")).body(new Created(id));
    }

    @PostMapping("/cases/{caseId}/care-plan/services")
    ResponseEntity<Created> addService(@PathVariable UUID caseId, @RequestBody ServiceRequest request) {
        UUID id = plans.addService(caseId, request.kind(), request.details(), request.startDate(), request.school(),
                request.schoolClass(), request.enrolmentDate());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/care-plan")).body(new Created(id));
    }

    @PostMapping("/cases/{caseId}/care-plan/submit")
    CarePlan submit(@PathVariable UUID caseId) {
        plans.submit(caseId);
        return carePlan(caseId);
    }

    @PostMapping("/cases/{caseId}/care-plan/approve")
    CarePlan approve(@PathVariable UUID caseId) {
        plans.approve(caseId);
        return carePlan(caseId);
    }

    @PostMapping("/cases/{caseId}/care-plan/return")
    CarePlan returnPlan(@PathVariable UUID caseId, @RequestBody ReturnRequest request) {
        plans.returnForChanges(caseId, request.reason());
        return carePlan(caseId);
    }

    @GetMapping("/cases/{caseId}/follow-ups")
    List<FollowUpDto> followUps(@PathVariable UUID caseId) {
        return followUps.forCase(caseId).stream().map(FollowUpDto::of).toList();
    }

    @PostMapping("/cases/{caseId}/follow-ups")
    ResponseEntity<Created> schedule(@PathVariable UUID caseId, @RequestBody FollowUpRequest request) {
        UUID id = followUps.schedule(caseId, request.kind(), request.dueDate(), request.assignedTo());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/follow-ups")).body(new Created(id));
    }

    @PostMapping("/cases/{caseId}/follow-ups/{followUpId}/done")
    ResponseEntity<Void> followUpDone(@PathVariable UUID caseId, @PathVariable UUID followUpId,
            @RequestBody FollowUpDoneRequest request) {
        followUps.complete(caseId, followUpId, request.doneDate(), request.outcome());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/follow-ups/due")
    DueFollowUpsDto due() {
        return DueFollowUpsDto.of(followUps.board());
    }

    @GetMapping("/shelters")
    List<ShelterDto> shelters() {
        return shelters.all().stream().map(ShelterDto::of).toList();
    }
}

package org.lantern.tracing.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.lantern.cases.ConsentMethod;
import org.lantern.cases.Sex;
import org.lantern.tracing.CandidateExplanation;
import org.lantern.tracing.CandidateStatus;
import org.lantern.tracing.FoundSource;
import org.lantern.tracing.MatchCandidates;
import org.lantern.tracing.ReporterKind;
import org.lantern.tracing.Side;
import org.lantern.tracing.TracingDraft;
import org.lantern.tracing.TracingRecord;
import org.lantern.tracing.TracingRecords;
import org.lantern.tracing.TracingSearch;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/tracing}: missing reports, found persons, candidates and decisions, through the same services as the pages. */
@RestController
@RequestMapping("/api/v1/tracing")
class TracingApi {

    record MissingReportRequest(ReporterKind reporterKind, String reporterContact, List<String> names, String fatherName,
            String phone, Sex sex, String age, LocalDate missingOn, String missingDistrict, String missingState,
            String homeDistrict, String homeState, Boolean tracingConsent, ConsentMethod consentMethod) {

        TracingDraft draft() {
            return new TracingDraft(reporterKind == null ? null : reporterKind.name(), reporterContact, names, fatherName,
                    phone, sex, age, missingOn, missingDistrict, missingState, homeDistrict, homeState, Boolean.TRUE.equals(tracingConsent),
                    consentMethod);
        }
    }

    record FoundPersonRequest(FoundSource source, List<String> names, String fatherName, String phone, Sex sex,
            String age, LocalDate foundOn, String foundDistrict, String foundState, String homeDistrict,
            String homeState, Boolean tracingConsent, ConsentMethod consentMethod) {

        TracingDraft draft() {
            return new TracingDraft(source == null ? null : source.name(), null, names, fatherName, phone, sex, age,
                    foundOn, foundDistrict, foundState, homeDistrict, homeState, Boolean.TRUE.equals(tracingConsent),
                    consentMethod);
        }
    }

    record MissingReport(UUID id, UUID personId, UUID caseId, UUID linkedCaseId, ReporterKind reporterKind,
            String reporterContact, List<String> names, String fatherName, String phone, Sex sex, String age,
            LocalDate missingOn, String missingDistrict, String missingState, String homeDistrict, String homeState,
            String office, Instant createdAt, boolean tracingConsent) {

        static MissingReport of(TracingRecord r) {
            return new MissingReport(r.id(), r.personId(), r.caseId(), r.linkedCaseId(), ReporterKind.valueOf(r.kind()),
                    r.reporterContact(), r.names(), r.fatherName(), r.phone(), r.sex(), r.age(), r.eventDate(),
                    r.eventDistrict(), r.eventState(), r.homeDistrict(), r.homeState(), r.office(), r.createdAt(),
                    r.tracingConsent());
        }
    }

    record FoundPerson(UUID id, UUID personId, UUID caseId, FoundSource source, List<String> names, String fatherName,
            String phone, Sex sex, String age, LocalDate foundOn, String foundDistrict, String foundState,
            String homeDistrict, String homeState, String office, Instant createdAt, boolean tracingConsent) {

        static FoundPerson of(TracingRecord r) {
            return new FoundPerson(r.id(), r.personId(), r.caseId(), FoundSource.valueOf(r.kind()), r.names(),
                    r.fatherName(), r.phone(), r.sex(), r.age(), r.eventDate(), r.eventDistrict(), r.eventState(),
                    r.homeDistrict(), r.homeState(), r.office(), r.createdAt(), r.tracingConsent());
        }
    }

    record Created(UUID id) {
    }

    record Hit(String recordType, UUID id, int percent, String nameLevel, boolean visible, String name, String office,
            String eventDistrict) {

        static Hit of(TracingSearch.Hit h) {
            return new Hit(h.side().recordType(), h.id(), h.percent(), h.nameLevel(), h.visible(), h.name(), h.office(),
                    h.eventDistrict());
        }
    }

    record Candidate(UUID id, UUID missingReportId, UUID foundPersonId, double score, CandidateStatus status,
            String missingName, String foundName, String missingOffice, String foundOffice, Instant proposedAt) {

        static Candidate of(MatchCandidates.Summary s) {
            return new Candidate(s.id(), s.missingId(), s.foundId(), s.score(), s.status(), s.missingName(),
                    s.foundName(), s.missingOffice(), s.foundOffice(), s.proposedAt());
        }
    }

    record CandidatePage(List<Candidate> items, int page, boolean hasNext) {
    }

    record CandidateDetail(UUID id, CandidateStatus status, double score, CandidateExplanation explanation,
            MissingReport missingReport, FoundPerson foundPerson, String reason, UUID reviewer, Instant decidedAt) {
    }

    record Decision(CandidateStatus decision, String reason) {
    }

    private final TracingRecords records;
    private final MatchCandidates candidates;
    private final TracingSearch search;

    TracingApi(TracingRecords records, MatchCandidates candidates, TracingSearch search) {
        this.records = records;
        this.candidates = candidates;
        this.search = search;
    }

    @GetMapping("/missing-reports")
    List<MissingReport> missingReports(@RequestParam(defaultValue = "0") int page) {
        return records.list(Side.MISSING, page).stream().limit(TracingRecords.PAGE_SIZE).map(MissingReport::of).toList();
    }

    @PostMapping("/missing-reports")
    @ResponseStatus(HttpStatus.CREATED)
    Created createMissingReport(@RequestBody MissingReportRequest request) {
        return new Created(records.create(Side.MISSING, request.draft()));
    }

    @GetMapping("/missing-reports/{id}")
    MissingReport missingReport(@PathVariable UUID id) {
        return MissingReport.of(records.get(Side.MISSING, id));
    }

    @PutMapping("/missing-reports/{id}")
    MissingReport updateMissingReport(@PathVariable UUID id, @RequestBody MissingReportRequest request) {
        records.update(Side.MISSING, id, request.draft());
        return MissingReport.of(records.get(Side.MISSING, id));
    }

    @PostMapping("/missing-reports/duplicates")
    List<Hit> missingDuplicates(@RequestBody MissingReportRequest request) {
        return search.duplicates(Side.MISSING, request.draft()).stream().map(Hit::of).toList();
    }

    @GetMapping("/found-persons")
    List<FoundPerson> foundPersons(@RequestParam(defaultValue = "0") int page) {
        return records.list(Side.FOUND, page).stream().limit(TracingRecords.PAGE_SIZE).map(FoundPerson::of).toList();
    }

    @PostMapping("/found-persons")
    @ResponseStatus(HttpStatus.CREATED)
    Created createFoundPerson(@RequestBody FoundPersonRequest request) {
        return new Created(records.create(Side.FOUND, request.draft()));
    }

    @GetMapping("/found-persons/{id}")
    FoundPerson foundPerson(@PathVariable UUID id) {
        return FoundPerson.of(records.get(Side.FOUND, id));
    }

    @PutMapping("/found-persons/{id}")
    FoundPerson updateFoundPerson(@PathVariable UUID id, @RequestBody FoundPersonRequest request) {
        records.update(Side.FOUND, id, request.draft());
        return FoundPerson.of(records.get(Side.FOUND, id));
    }

    @PostMapping("/found-persons/duplicates")
    List<Hit> foundDuplicates(@RequestBody FoundPersonRequest request) {
        return search.duplicates(Side.FOUND, request.draft()).stream().map(Hit::of).toList();
    }

    @GetMapping("/search")
    List<Hit> searchByName(@RequestParam String name) {
        return search.byName(name).stream().map(Hit::of).toList();
    }

    @GetMapping("/candidates")
    CandidatePage candidates(@RequestParam(defaultValue = "PENDING") CandidateStatus status,
            @RequestParam(defaultValue = "0") int page) {
        MatchCandidates.Page result = candidates.queue(status, page);
        return new CandidatePage(result.items().stream().map(Candidate::of).toList(), result.page(), result.hasNext());
    }

    @GetMapping("/candidates/{id}")
    CandidateDetail candidate(@PathVariable UUID id) {
        MatchCandidates.Pair p = candidates.get(id);
        return new CandidateDetail(p.id(), p.status(), p.score(), p.explanation(), MissingReport.of(p.missing()),
                FoundPerson.of(p.found()), p.reason(), p.reviewer(), p.decidedAt());
    }

    @PostMapping("/candidates/{id}/decision")
    CandidateDetail decide(@PathVariable UUID id, @RequestBody Decision decision) {
        candidates.decide(id, decision.decision(), decision.reason());
        return candidate(id);
    }
}

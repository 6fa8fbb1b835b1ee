package org.lantern.tracing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.lantern.cases.Sex;

/**
 * A missing report or a found person, decrypted for someone allowed to see it. {@code linkedCaseId} is the case
 * a confirmed match attached a missing report to.
 */
public record TracingRecord(UUID id, Side side, UUID personId, UUID caseId, UUID linkedCaseId, String kind,
        String reporterContact, List<String> names, String fatherName, String phone, Sex sex, String age,
        LocalDate eventDate, String eventDistrict, String eventState, String homeDistrict, String homeState,
        String office, UUID createdBy, Instant createdAt, boolean tracingConsent) {

    public String displayName() {
        return names.isEmpty() ? "" : names.getFirst();
    }

    /** Message key of the kind: reporter for a report, source for a found person. */
    public String kindKey() {
        return side == Side.MISSING ? ReporterKind.valueOf(kind).messageKey() : FoundSource.valueOf(kind).messageKey();
    }
}

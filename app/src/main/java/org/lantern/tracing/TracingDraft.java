package org.lantern.tracing;

import java.time.LocalDate;
import java.util.List;

import org.lantern.cases.ConsentMethod;
import org.lantern.cases.Sex;

/**
 * What a worker enters about a missing person (side MISSING) or a found person (side FOUND). {@code kind} is a
 * {@link ReporterKind} for a report and a {@link FoundSource} for a found person; {@code reporterContact} is used
 * for reports only. {@code age} is a year or a range ("12-14"). The event is the day and place the person went
 * missing, or was found. Home district and state are as the family reported them, or as the person told them.
 */
public record TracingDraft(String kind, String reporterContact, List<String> names, String fatherName, String phone,
        Sex sex, String age, LocalDate eventDate, String eventDistrict, String eventState, String homeDistrict,
        String homeState, boolean tracingConsent, ConsentMethod consentMethod) {

    public TracingDraft {
        names = names == null ? List.of() : names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
        sex = sex == null ? Sex.UNKNOWN : sex;
    }
}

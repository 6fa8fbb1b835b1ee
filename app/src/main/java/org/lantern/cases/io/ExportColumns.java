package org.lantern.cases.io;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lantern.cases.CaseRecords.CaseRecord;
import org.lantern.cases.NameKind;
import org.lantern.cases.Person;

/**
 * The columns of the flat exports (CSV and XLSX), in order. A research export has no identifying columns
 * (names, date of birth, village, block), not even empty ones.
 */
final class ExportColumns {

    record Column(String header, boolean identifying, Function<CaseRecord, Object> value) {
    }

    private static final List<Column> ALL = List.of(
            new Column("reference", false, r -> r.caseRecord().reference()),
            new Column("status", false, r -> r.caseRecord().status()),
            new Column("office", false, r -> r.caseRecord().office()),
            new Column("region", false, r -> r.caseRecord().region()),
            new Column("openedOn", false, r -> r.caseRecord().openedAt() == null ? null
                    : r.caseRecord().openedAt().toString().substring(0, 10)),
            new Column("identifiedOn", false, r -> r.caseRecord().identifiedOn()),
            new Column("identifiedHow", false, r -> r.caseRecord().identifiedHow()),
            new Column("traffickingStatus", false, r -> r.caseRecord().traffickingStatus()),
            new Column("name", true, r -> person(r, Person::displayName)),
            new Column("otherNames", true, r -> person(r, ExportColumns::otherNames)),
            new Column("sex", false, r -> person(r, Person::sex)),
            new Column("dateOfBirth", true, r -> person(r, Person::dateOfBirth)),
            new Column("yearOfBirth", false, CaseRecord::yearOfBirth),
            new Column("ageAtIdentification", false, ExportColumns::ageAtIdentification),
            new Column("nationality", false, r -> person(r, Person::nationality)),
            new Column("village", true, r -> person(r, p -> p.address().village())),
            new Column("block", true, r -> person(r, p -> p.address().block())),
            new Column("district", false, r -> person(r, p -> p.address().district())),
            new Column("state", false, r -> person(r, p -> p.address().state())),
            new Column("country", false, r -> person(r, p -> p.address().country())),
            new Column("exploitation", false, r -> codes(r.caseRecord().exploitation())),
            new Column("recruitment", false, r -> codes(r.caseRecord().recruitment())),
            new Column("control", false, r -> codes(r.caseRecord().control())));

    private ExportColumns() {
    }

    static List<Column> of(boolean research) {
        return research ? ALL.stream().filter(c -> !c.identifying()).toList() : ALL;
    }

    /** The cell values of a record as text; empty for unknown. */
    static List<String> values(List<Column> columns, CaseRecord record) {
        List<String> values = new ArrayList<>(columns.size());
        for (Column column : columns) {
            Object value = column.value().apply(record);
            values.add(value == null ? "" : value.toString());
        }
        return values;
    }

    /** Age when identified: from the date of birth, else from the estimated age and when it was estimated. */
    static Integer ageAtIdentification(CaseRecord r) {
        Person p = r.person();
        LocalDate on = r.caseRecord().identifiedOn();
        if (p == null || on == null) {
            return null;
        }
        if (p.dateOfBirth() != null) {
            return Period.between(p.dateOfBirth(), on).getYears();
        }
        if (p.estimatedAge() != null && p.ageEstimatedOn() != null) {
            return Math.max(0, p.estimatedAge() - Period.between(on, p.ageEstimatedOn()).getYears());
        }
        return null;
    }

    private static Object person(CaseRecord r, Function<Person, Object> part) {
        return r.person() == null ? null : part.apply(r.person());
    }

    private static String otherNames(Person p) {
        String first = p.displayName();
        return p.names().stream().map(Person.Name::name).filter(n -> !n.equals(first))
                .collect(Collectors.joining("; "));
    }

    private static String codes(Set<String> codes) {
        return codes.stream().sorted().collect(Collectors.joining(";"));
    }

    /** Whether a name kind counts as an official name (for HTCDS). */
    static boolean official(Person.Name name) {
        return name.kind() == NameKind.OFFICIAL;
    }
}

package org.lantern.cases.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.lantern.cases.CaseDraft;
import org.lantern.cases.IdentifiedHow;
import org.lantern.cases.NameKind;
import org.lantern.cases.NameScript;
import org.lantern.cases.Person;
import org.lantern.cases.PersonDraft;
import org.lantern.cases.Sex;
import org.lantern.cases.TraffickingStatus;
import org.springframework.format.annotation.DateTimeFormat;

/** The "register a survivor" form: the person and their case in one step. */
public record RegistrationForm(String name, NameScript nameScript, String alias, NameKind aliasKind, Sex sex,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth, Integer estimatedAge,
        List<String> languages, String nationality, String village, String block, String district, String state,
        String country, String identifyingMarks, String contactName, String contactRelationship, String contactDetails,
        IdentifiedHow identifiedHow, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate identifiedOn,
        TraffickingStatus traffickingStatus, String statusDecidedBy, String office, String region,
        Set<String> exploitation, Set<String> recruitment, Set<String> control) {

    static RegistrationForm empty() {
        return new RegistrationForm(null, null, null, NameKind.ALIAS, Sex.UNKNOWN, null, null, List.of(), null, null,
                null, null, null, null, null, null, null, null, null, null, TraffickingStatus.POSSIBLE, null, null, null,
                Set.of(), Set.of(), Set.of());
    }

    PersonDraft person() {
        List<PersonDraft.NameDraft> names = new ArrayList<>();
        names.add(new PersonDraft.NameDraft(name, nameScript, NameKind.OFFICIAL));
        if (alias != null && !alias.isBlank()) {
            names.add(new PersonDraft.NameDraft(alias, null, aliasKind == null ? NameKind.ALIAS : aliasKind));
        }
        List<PersonDraft.ContactDraft> contacts = contactName == null || contactName.isBlank() ? List.of()
                : List.of(new PersonDraft.ContactDraft(contactName, contactRelationship, contactDetails));
        return new PersonDraft(names, sex, dateOfBirth, estimatedAge, estimatedAge == null ? null : LocalDate.now(),
                languages, nationality, new Person.Address(village, block, district, state, country), identifyingMarks,
                contacts);
    }

    /** The personal details alone (names and contacts are added one by one). */
    PersonDraft personDetails() {
        return new PersonDraft(List.of(), sex, dateOfBirth, estimatedAge, estimatedAge == null ? null : LocalDate.now(),
                languages, nationality, new Person.Address(village, block, district, state, country), identifyingMarks,
                List.of());
    }

    /** A form filled with what is recorded, for editing. */
    static RegistrationForm of(org.lantern.cases.SurvivorCase c, Person p) {
        return new RegistrationForm(null, null, null, NameKind.ALIAS, p == null ? Sex.UNKNOWN : p.sex(),
                p == null ? null : p.dateOfBirth(), p == null ? null : p.estimatedAge(),
                p == null ? List.of() : p.languages(), p == null ? null : p.nationality(),
                p == null ? null : p.address().village(), p == null ? null : p.address().block(),
                p == null ? null : p.address().district(), p == null ? null : p.address().state(),
                p == null ? null : p.address().country(), p == null ? null : p.identifyingMarks(), null, null, null,
                c.identifiedHow(), c.identifiedOn(), c.traffickingStatus(), c.statusDecidedBy(), c.office(), c.region(),
                c.exploitation(), c.recruitment(), c.control());
    }

    CaseDraft caseDraft() {
        return new CaseDraft(identifiedHow, identifiedOn, traffickingStatus, statusDecidedBy, office, region,
                exploitation, recruitment, control);
    }

    public boolean has(Set<String> codes, String code) {
        return codes != null && codes.contains(code);
    }

    /** Maps a field of the service's drafts to the input of this form that holds it. */
    static String inputOf(String field) {
        return switch (field) {
            case "names[0].name" -> "name";
            case "names[1].name" -> "alias";
            default -> {
                String plain = field.replaceAll("\\[\\d+]", "");
                yield switch (plain) {
                    case "names.name" -> "name";
                    case "contacts.name", "contact.name", "contacts", "contact" -> "contactName";
                    case "contacts.relationship", "contact.relationship" -> "contactRelationship";
                    case "contacts.details", "contact.details" -> "contactDetails";
                    default -> plain.startsWith("address.") ? plain.substring("address.".length()) : plain;
                };
            }
        };
    }
}

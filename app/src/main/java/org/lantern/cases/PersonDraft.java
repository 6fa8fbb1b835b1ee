package org.lantern.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * What a caseworker enters about a person. A name's script may be left null: it is detected from the text.
 */
public record PersonDraft(List<NameDraft> names, Sex sex, LocalDate dateOfBirth, Integer estimatedAge,
        LocalDate ageEstimatedOn, List<String> languages, String nationality, Person.Address address,
        String identifyingMarks, List<ContactDraft> contacts) {

    public record NameDraft(String name, NameScript script, NameKind kind) {
    }

    public record ContactDraft(String name, String relationship, String details) {
    }

    public PersonDraft {
        names = names == null ? List.of() : List.copyOf(names);
        languages = languages == null ? List.of() : List.copyOf(languages);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        address = address == null ? Person.Address.NONE : address;
        sex = sex == null ? Sex.UNKNOWN : sex;
    }
}

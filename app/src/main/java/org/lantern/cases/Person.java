package org.lantern.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A person as the cases module knows them, decrypted for someone allowed to see them. */
public record Person(UUID id, List<Name> names, Sex sex, LocalDate dateOfBirth, Integer estimatedAge,
        LocalDate ageEstimatedOn, List<String> languages, String nationality, Address address,
        String identifyingMarks, List<Contact> contacts) {

    public record Name(UUID id, String name, NameScript script, NameKind kind) {
    }

    /** Home address. The village is encrypted; block, district, state and country are plaintext for filters. */
    public record Address(String village, String block, String district, String state, String country) {
        public static final Address NONE = new Address(null, null, null, null, null);

        /** The parts that are known, joined with commas; null if none is. */
        public String joined() {
            String text = java.util.stream.Stream.of(village, block, district, state, country)
                    .filter(part -> part != null && !part.isBlank()).collect(java.util.stream.Collectors.joining(", "));
            return text.isEmpty() ? null : text;
        }
    }

    /** Someone to contact about the person (a relative, a neighbour). */
    public record Contact(UUID id, String name, String relationship, String details) {
    }

    /** The name to show first: the first official name, else the first name. */
    public String displayName() {
        return names.stream().filter(n -> n.kind() == NameKind.OFFICIAL).findFirst()
                .or(() -> names.stream().findFirst()).map(Name::name).orElse("");
    }
}

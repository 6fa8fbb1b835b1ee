package org.lantern.linkage.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One person as written in a missing-person report, a found-person record or any other register.
 * Every field except {@code id} may be {@code null} (unknown). Names may be in any script.
 *
 * @param id            identifier, unique within its table
 * @param name          full name, tokens in any order, any script
 * @param fatherName    father's or guardian's name
 * @param sex           sex, or {@code null}
 * @param age           age at {@code eventDate}, exact or estimated range
 * @param eventDate     date the person went missing, or was found
 * @param homeDistrict  district the person is from (as told, for a found person)
 * @param homeState     state or division the person is from
 * @param eventDistrict district where she went missing or was found
 * @param eventState    state where she went missing or was found
 * @param phone         a contact phone number in any format
 * @param dateOfBirth   date of birth as written (digits are compared, so corrupted values still help)
 * @param address       free-text address
 */
public record Record(String id, String name, String fatherName, Sex sex, AgeRange age, LocalDate eventDate,
                     String homeDistrict, String homeState, String eventDistrict, String eventState,
                     String phone, String dateOfBirth, String address) implements Serializable {

    public Record {
        Objects.requireNonNull(id, "record id must not be null");
    }

    /** Starts a builder for a record with the given id. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Fluent builder, convenient for tests and applications that fill only some fields. */
    public static final class Builder {
        private final String id;
        private String name;
        private String fatherName;
        private Sex sex;
        private AgeRange age;
        private LocalDate eventDate;
        private String homeDistrict;
        private String homeState;
        private String eventDistrict;
        private String eventState;
        private String phone;
        private String dateOfBirth;
        private String address;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "record id must not be null");
        }

        public Builder name(String v) { name = v; return this; }
        public Builder fatherName(String v) { fatherName = v; return this; }
        public Builder sex(Sex v) { sex = v; return this; }
        public Builder age(AgeRange v) { age = v; return this; }
        public Builder age(int years) { age = new AgeRange(years, years); return this; }
        public Builder eventDate(LocalDate v) { eventDate = v; return this; }
        public Builder homeDistrict(String v) { homeDistrict = v; return this; }
        public Builder homeState(String v) { homeState = v; return this; }
        public Builder eventDistrict(String v) { eventDistrict = v; return this; }
        public Builder eventState(String v) { eventState = v; return this; }
        public Builder phone(String v) { phone = v; return this; }
        public Builder dateOfBirth(String v) { dateOfBirth = v; return this; }
        public Builder address(String v) { address = v; return this; }

        public Record build() {
            return new Record(id, name, fatherName, sex, age, eventDate, homeDistrict, homeState,
                    eventDistrict, eventState, phone, dateOfBirth, address);
        }
    }
}

package org.lantern.linkage.compare;

import org.lantern.linkage.api.Record;
import org.lantern.linkage.normalise.NameNormaliser;
import org.lantern.linkage.normalise.NormalisedName;
import org.lantern.linkage.normalise.PhoneNumbers;
import org.lantern.linkage.normalise.PhoneticKey;
import org.lantern.linkage.normalise.Places;
import org.lantern.linkage.normalise.TokenInterner;

import java.util.Objects;

/** Turns records into {@link PreparedRecord}s. Pure function; time O(total text length); thread-safe. */
public final class RecordPreparer {

    private RecordPreparer() {
    }

    public static PreparedRecord prepare(Record r) {
        Objects.requireNonNull(r, "record must not be null");
        NormalisedName district = NameNormaliser.place(r.homeDistrict());
        String districtText = district.isEmpty() ? null : TokenInterner.intern(String.join(" ", district.tokens()));
        String districtKey = district.isEmpty() ? null
                : TokenInterner.intern(PhoneticKey.of(String.join("", district.tokens())));
        return new PreparedRecord(
                r.id(),
                NameNormaliser.person(r.name()),
                NameNormaliser.person(r.fatherName()),
                r.sex(),
                r.age() == null ? PreparedRecord.NO_AGE : r.age().low(),
                r.age() == null ? PreparedRecord.NO_AGE : r.age().high(),
                r.eventDate() == null ? PreparedRecord.NO_DATE : (int) r.eventDate().toEpochDay(),
                districtText,
                districtKey,
                Places.state(r.homeState()),
                PhoneNumbers.normalise(r.phone()),
                digits(r.dateOfBirth()),
                NameNormaliser.place(r.address()));
    }

    private static String digits(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), 10);
            if (d >= 0) {
                b.append((char) ('0' + d));
            }
        }
        return b.isEmpty() ? null : b.toString();
    }
}

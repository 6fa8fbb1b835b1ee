package org.lantern.linkage.compare;

import org.lantern.linkage.api.Record;
import org.lantern.linkage.normalise.NameNormaliser;
import org.lantern.linkage.normalise.NormalisedName;
import org.lantern.linkage.normalise.PhoneNumbers;
import org.lantern.linkage.normalise.PhoneticKey;
import org.lantern.linkage.normalise.Places;
import org.lantern.linkage.normalise.TokenInterner;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Turns records into {@link PreparedRecord}s. Pure function; time O(total text length); thread-safe. */
public final class RecordPreparer {

    private RecordPreparer() {
    }

    private static final int CACHE_LIMIT = 1_000_000;
    private static final String[] NO_PLACE = new String[2];
    /** Raw district to its normalised text and phonetic key; districts repeat a lot. */
    private static final ConcurrentHashMap<String, String[]> DISTRICTS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, String> STATES = new ConcurrentHashMap<>();

    public static PreparedRecord prepare(Record r) {
        Objects.requireNonNull(r, "record must not be null");
        String[] district = district(r.homeDistrict());
        String districtText = district[0];
        String districtKey = district[1];
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
                state(r.homeState()),
                PhoneNumbers.normalise(r.phone()),
                digits(r.dateOfBirth()),
                NameNormaliser.place(r.address()));
    }

    private static String[] district(String raw) {
        if (raw == null) {
            return NO_PLACE;
        }
        String[] cached = DISTRICTS.get(raw);
        if (cached != null) {
            return cached;
        }
        NormalisedName district = NameNormaliser.place(raw);
        String[] result = district.isEmpty() ? NO_PLACE : new String[] {
                TokenInterner.intern(String.join(" ", district.tokens())),
                TokenInterner.intern(PhoneticKey.of(String.join("", district.tokens())))};
        if (DISTRICTS.size() < CACHE_LIMIT) {
            DISTRICTS.put(raw, result);
        }
        return result;
    }

    private static String state(String raw) {
        if (raw == null) {
            return null;
        }
        String cached = STATES.get(raw);
        if (cached == null) {
            cached = Places.state(raw);
            if (cached == null) {
                return null;
            }
            if (STATES.size() < CACHE_LIMIT) {
                STATES.put(raw, cached);
            }
        }
        return cached;
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

package org.lantern.linkage.compare;

import org.lantern.linkage.api.Sex;
import org.lantern.linkage.normalise.NormalisedName;

import java.io.Serializable;

/**
 * A {@link org.lantern.linkage.api.Record} normalised once for fast comparison: names as interned token bags with
 * phonetic keys, dates as epoch days, phone and date of birth as digit strings. Immutable.
 *
 * @param id            record id
 * @param name          normalised name
 * @param fatherName    normalised father's name
 * @param sex           sex or null
 * @param ageLow        lowest age, or {@link #NO_AGE}
 * @param ageHigh       highest age, or {@link #NO_AGE}
 * @param eventDay      event date as epoch day, or {@link #NO_DATE}
 * @param homeDistrict  normalised home district (tokens joined), or null
 * @param districtKey   phonetic key of the home district, or null
 * @param homeState     canonical home state, or null
 * @param phone         national phone number digits, or null
 * @param dateOfBirth   digits of the date of birth, or null
 * @param address       normalised address tokens
 */
public record PreparedRecord(String id, NormalisedName name, NormalisedName fatherName, Sex sex, int ageLow,
                             int ageHigh, int eventDay, String homeDistrict, String districtKey, String homeState,
                             String phone, String dateOfBirth, NormalisedName address) implements Serializable {

    public static final int NO_AGE = -1;
    public static final int NO_DATE = Integer.MIN_VALUE;

    public boolean hasAge() {
        return ageLow != NO_AGE;
    }

    public boolean hasDate() {
        return eventDay != NO_DATE;
    }
}

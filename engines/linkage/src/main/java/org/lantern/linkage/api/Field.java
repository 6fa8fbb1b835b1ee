package org.lantern.linkage.api;

/** The compared attributes of a pair of records; each contributes one term to the match weight. */
public enum Field {
    /** Full name: token-set comparison, order-free, transliterated and phonetically folded. */
    NAME,
    /** Father's or guardian's name, compared like {@link #NAME}. */
    FATHER_NAME,
    SEX,
    /** Age of the first record carried forward to the second record's date, against the second's age range. */
    AGE,
    /** Whether the second record's event (found) comes on or after the first's (missing); link only. */
    EVENT_ORDER,
    HOME_DISTRICT,
    HOME_STATE,
    /** Phone, normalised to its national significant number. */
    PHONE,
    DATE_OF_BIRTH,
    ADDRESS;

    private static final Field[] VALUES = values();

    /** All fields, shared array: do not modify. */
    public static Field[] all() {
        return VALUES;
    }
}

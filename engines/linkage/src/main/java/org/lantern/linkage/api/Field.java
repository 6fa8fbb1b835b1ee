package org.lantern.linkage.api;

/** The compared attributes of a pair of records; each contributes one term to the match weight. */
public enum Field {
    /** Full name: token-set comparison, order-free, transliterated and phonetically folded. */
    NAME(Level.EXACT, Level.PHONETIC, Level.FUZZY_HIGH, Level.FUZZY_LOW, Level.DISAGREE),
    /** Father's or guardian's name, compared like {@link #NAME}. */
    FATHER_NAME(Level.EXACT, Level.PHONETIC, Level.FUZZY_HIGH, Level.FUZZY_LOW, Level.DISAGREE),
    SEX(Level.EXACT, Level.DISAGREE),
    /** Age of the first record carried forward to the second record's date, against the second's age range. */
    AGE(Level.EXACT, Level.FUZZY_HIGH, Level.FUZZY_LOW, Level.DISAGREE),
    /** Whether the second record's event (found) comes on or after the first's (missing); link only. */
    EVENT_ORDER(Level.EXACT, Level.DISAGREE),
    HOME_DISTRICT(Level.EXACT, Level.PHONETIC, Level.FUZZY_HIGH, Level.FUZZY_LOW, Level.DISAGREE),
    HOME_STATE(Level.EXACT, Level.FUZZY_HIGH, Level.DISAGREE),
    /** Phone, normalised to its national significant number. */
    PHONE(Level.EXACT, Level.FUZZY_HIGH, Level.DISAGREE),
    DATE_OF_BIRTH(Level.EXACT, Level.FUZZY_HIGH, Level.FUZZY_LOW, Level.DISAGREE),
    ADDRESS(Level.EXACT, Level.PHONETIC, Level.FUZZY_HIGH, Level.FUZZY_LOW, Level.DISAGREE);

    private final java.util.Set<Level> levels;

    Field(Level... levels) {
        this.levels = java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(java.util.List.of(levels)));
    }

    /** The levels this field's comparator can produce (besides {@link Level#MISSING}). */
    public java.util.Set<Level> levels() {
        return levels;
    }

    /** Whether the comparator of this field can produce the level. */
    public boolean uses(Level level) {
        return levels.contains(level);
    }

    private static final Field[] VALUES = values();

    /** All fields, shared array: do not modify. */
    public static Field[] all() {
        return VALUES;
    }
}

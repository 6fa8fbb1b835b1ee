package org.lantern.linkage.block;

/**
 * The blocking rules, applied together (a pair is a candidate if any rule puts both records in one block).
 * A block larger than its rule's cap is skipped: single-token rules use a small cap because their combined
 * rules (token + second token, + father, + district, + birth period) cover the same pairs more selectively.
 */
public enum BlockingRule {
    /** Same phone number. */
    PHONE(false),
    /** Same date of birth. */
    DATE_OF_BIRTH(false),
    /** Same phonetic key of one informative name token. */
    NAME_TOKEN(true),
    /** Same two phonetic name keys. */
    NAME_TOKEN_PAIR(false),
    /** Same name key and same father's-name key. */
    NAME_AND_FATHER(false),
    /** Same name key and same home-district key. */
    NAME_AND_DISTRICT(false),
    /** Same name key and birth year within about five years (estimated from event date and age). */
    NAME_AND_BIRTH_PERIOD(false),
    /** Same father's-name key and same home district (pet names, renamed girls). */
    FATHER_AND_DISTRICT(false),
    /** Same father's-name key and birth period (pet names without a district). */
    FATHER_AND_BIRTH_PERIOD(false),
    /** Same name key and same year of birth from a date of birth (typo in the other name token). */
    NAME_AND_BIRTH_YEAR(false),
    /**
     * A name key with one letter deleted, and birth period: two keys one substitution, insertion or deletion apart
     * share a deletion variant (the deletion neighbourhood of SymSpell, Garbe 2012), so typos still meet.
     */
    NAME_TYPO_AND_BIRTH_PERIOD(false),
    /** Home district and birth period without any name: pet names (Munni, Guddi) in small tables. */
    DISTRICT_AND_BIRTH_PERIOD(false),
    /**
     * Father's-name key and sex, for a stored record without a home district or without an age: a pet name or a
     * transposed name with neither shares no other key with its report. A query always looks it up.
     */
    FATHER_AND_SEX(false);

    private final boolean single;

    BlockingRule(boolean single) {
        this.single = single;
    }

    /** Whether the rule keys on one token alone (small block cap). */
    public boolean single() {
        return single;
    }
}

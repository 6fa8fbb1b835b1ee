package org.lantern.linkage.compare;

import org.lantern.linkage.api.Field;
import org.lantern.linkage.api.LinkageModel;
import org.lantern.linkage.api.Level;
import org.lantern.linkage.normalise.NormalisedName;

import java.util.Objects;

/**
 * Compares two prepared records field by field into a {@link Comparison}.
 *
 * <p>Names: token bags are aligned greedily (each token of the smaller bag to its best unused partner): equal
 * tokens score 1, equal phonetic keys 0.97, otherwise the Jaro–Winkler similarity of the keys (memoised).
 * Low-information tokens (Kumari, Devi ...) are ignored when the name has other tokens; a name made only of pet
 * names (Munni, Guddi ...) is treated as missing. Levels: EXACT (same bag), PHONETIC (every token of the smaller
 * bag agrees phonetically; covers a missing surname), FUZZY_HIGH (mean similarity >= 0.92), FUZZY_LOW (mean >= 0.80,
 * or partial agreement: some tokens agree, others conflict), else DISAGREE. For levels with agreeing tokens the
 * chance agreement is the product of their frequencies (term-frequency adjustment).
 *
 * <p>Age: the left age range is carried forward by the time between the two event dates and the gap to the right
 * range gives EXACT (<= 1 year), FUZZY_HIGH (<= 3), FUZZY_LOW (<= 6) or DISAGREE. Event order (directional models
 * only): the found date is not more than a week before the missing date. Places: exact, phonetic, Jaro–Winkler.
 * Phone and date of birth: exact, one edit (FUZZY_HIGH), same birth year (FUZZY_LOW for dates of birth).
 *
 * <p>Time O(t² · l) for t name tokens of length l; no allocation beyond the caller's {@link Comparison}.
 * Pure function of its arguments.
 */
public final class PairComparator {

    private static final double PHONETIC_SIMILARITY = 0.97;
    private static final int EVENT_ORDER_SLACK_DAYS = 7;
    private static final double DAYS_PER_YEAR = 365.25;

    private static final int NAME = Field.NAME.ordinal();
    private static final int FATHER = Field.FATHER_NAME.ordinal();

    private PairComparator() {
    }

    /**
     * Fills {@code out} with the comparison of {@code left} and {@code right}.
     *
     * @param model supplies direction and token frequencies
     */
    public static void compare(LinkageModel model, PreparedRecord left, PreparedRecord right, Comparison out) {
        Objects.requireNonNull(model, "model must not be null");
        Objects.requireNonNull(left, "left record must not be null");
        Objects.requireNonNull(right, "right record must not be null");
        out.clear();
        compareNames(model, NAME, left.name(), right.name(), out);
        compareNames(model, FATHER, left.fatherName(), right.fatherName(), out);
        if (left.sex() != null && right.sex() != null) {
            set(out, Field.SEX, left.sex() == right.sex() ? Level.EXACT : Level.DISAGREE);
        }
        compareAge(left, right, out);
        if (model.directional() && left.hasDate() && right.hasDate()) {
            set(out, Field.EVENT_ORDER,
                    inEventOrder(left.eventDay(), right.eventDay()) ? Level.EXACT : Level.DISAGREE);
        }
        if (left.homeDistrict() != null && right.homeDistrict() != null) {
            out.levels[Field.HOME_DISTRICT.ordinal()] = (byte) districtLevel(left.homeDistrict(), left.districtKey(),
                    right.homeDistrict(), right.districtKey());
        }
        if (left.homeState() != null && right.homeState() != null) {
            out.levels[Field.HOME_STATE.ordinal()] = (byte) stateLevel(left.homeState(), right.homeState());
        }
        compareDigits(Field.PHONE, left.phone(), right.phone(), false, out);
        compareDigits(Field.DATE_OF_BIRTH, left.dateOfBirth(), right.dateOfBirth(), true, out);
        compareNames(null, Field.ADDRESS.ordinal(), left.address(), right.address(), out);
    }

    private static void set(Comparison out, Field field, Level level) {
        out.levels[field.ordinal()] = (byte) level.ordinal();
    }

    private static void compareNames(LinkageModel model, int field, NormalisedName a, NormalisedName b,
                                     Comparison out) {
        if (a.isEmpty() || b.isEmpty() || a.petNameOnly() || b.petNameOnly()) {
            return; // a pet name alone neither confirms nor contradicts the name in the other record
        }
        boolean aInformativeOnly = a.informativeCount() > 0;
        boolean bInformativeOnly = b.informativeCount() > 0;
        int na = aInformativeOnly ? a.informativeCount() : a.size();
        int nb = bInformativeOnly ? b.informativeCount() : b.size();
        // on equal sizes the greedy alignment depends on which bag leads: pick it by content, not argument order,
        // so that compare(a, b) and compare(b, a) agree
        boolean aSmaller = na < nb || (na == nb && leads(a, aInformativeOnly, b, bInformativeOnly));
        NormalisedName small = aSmaller ? a : b;
        NormalisedName large = aSmaller ? b : a;
        boolean smallInformativeOnly = aSmaller ? aInformativeOnly : bInformativeOnly;
        boolean largeInformativeOnly = aSmaller ? bInformativeOnly : aInformativeOnly;

        long used = 0;
        int exact = 0;
        int phonetic = 0;
        int agreeing = 0;
        int counted = 0;
        double similaritySum = 0;
        double chanceAgreement = 1.0;
        for (int i = 0; i < small.size(); i++) {
            if (smallInformativeOnly && !small.informative()[i]) {
                continue;
            }
            counted++;
            double best = 0;
            int bestJ = -1;
            boolean bestExact = false;
            for (int j = 0; j < large.size() && j < 64; j++) {
                if ((used & (1L << j)) != 0 || (largeInformativeOnly && !large.informative()[j])) {
                    continue;
                }
                double s;
                boolean isExact = false;
                if (small.tokens()[i] == large.tokens()[j]) {
                    s = 1.0;
                    isExact = true;
                } else if (small.keys()[i] == large.keys()[j]) {
                    s = PHONETIC_SIMILARITY;
                } else {
                    // keys already fold the spelling variation, so one comparison of keys is enough
                    s = Math.min(Comparison.similarity(small.keys()[i], large.keys()[j]), PHONETIC_SIMILARITY - 0.01);
                }
                if (s > best) {
                    best = s;
                    bestJ = j;
                    bestExact = isExact;
                    if (isExact) {
                        break;
                    }
                }
            }
            if (bestJ >= 0) {
                used |= 1L << bestJ;
            }
            similaritySum += best;
            if (best >= PHONETIC_SIMILARITY) {
                agreeing++;
                if (bestExact) {
                    exact++;
                } else {
                    phonetic++;
                }
                if (model != null) {
                    chanceAgreement *= out.tokenFrequency(model, small.keys()[i]);
                }
            }
        }
        if (counted == 0) {
            return;
        }
        double mean = similaritySum / counted;
        Level level;
        if (exact == counted && na == nb) {
            level = Level.EXACT;
        } else if (agreeing == counted) {
            level = Level.PHONETIC;
        } else if (mean >= 0.92) {
            level = Level.FUZZY_HIGH;
        } else if (mean >= 0.80 || agreeing > 0) {
            level = Level.FUZZY_LOW;
        } else {
            level = Level.DISAGREE;
        }
        out.levels[field] = (byte) level.ordinal();
        if (model != null && agreeing > 0 && level != Level.FUZZY_HIGH) {
            // chance agreement on these tokens: a shared rare given name says much, a shared surname little
            out.adjustedU[field] = chanceAgreement;
        }
    }

    /**
     * Whether {@code a} comes first in the lexicographic order of the counted tokens of two bags of equal counted size; true
     * when they are equal (then the alignment is the same either way).
     */
    private static boolean leads(NormalisedName a, boolean aInformativeOnly, NormalisedName b,
                                 boolean bInformativeOnly) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.size() && aInformativeOnly && !a.informative()[i]) {
                i++;
            }
            while (j < b.size() && bInformativeOnly && !b.informative()[j]) {
                j++;
            }
            if (i == a.size() || j == b.size()) {
                return true;
            }
            String x = a.tokens()[i++];
            String y = b.tokens()[j++];
            int c = x == y ? 0 : x.compareTo(y);
            if (c != 0) {
                return c < 0;
            }
        }
    }

    private static void compareAge(PreparedRecord left, PreparedRecord right, Comparison out) {
        if (left.hasAge() && right.hasAge()) {
            out.levels[Field.AGE.ordinal()] = (byte) ageLevel(left.ageLow(), left.ageHigh(), left.eventDay(),
                    right.ageLow(), right.ageHigh(), right.eventDay());
        }
    }

    /**
     * Level ordinal of the age comparison of two records that both have an age: the left range carried forward by
     * the time between the event days (when both are known) against the right range.
     */
    public static int ageLevel(int leftLow, int leftHigh, int leftDay, int rightLow, int rightHigh, int rightDay) {
        boolean dates = leftDay != PreparedRecord.NO_DATE && rightDay != PreparedRecord.NO_DATE;
        double years = dates ? (rightDay - leftDay) / DAYS_PER_YEAR : 0;
        double expectedLow = leftLow + years;
        double expectedHigh = leftHigh + years;
        double gap = Math.max(0, Math.max(expectedLow - rightHigh, rightLow - expectedHigh));
        Level level = gap <= 1.0 ? Level.EXACT : gap <= 3.0 ? Level.FUZZY_HIGH : gap <= 6.0 ? Level.FUZZY_LOW
                : Level.DISAGREE;
        return level.ordinal();
    }

    /** Whether the right (found) event is not more than a week before the left (missing) one. */
    public static boolean inEventOrder(int leftDay, int rightDay) {
        return rightDay >= leftDay - EVENT_ORDER_SLACK_DAYS;
    }

    /** Level ordinal of two districts (normalised text and phonetic key): exact, same key, Jaro–Winkler. */
    public static int districtLevel(String a, String aKey, String b, String bKey) {
        return districtLevel(a, aKey, b, bKey, true);
    }

    /** Same as {@link #districtLevel(String, String, String, String)}; {@code memo}: use the shared memo. */
    static int districtLevel(String a, String aKey, String b, String bKey, boolean memo) {
        Level level;
        if (a.equals(b)) {
            level = Level.EXACT;
        } else if (aKey.equals(bKey)) {
            level = Level.PHONETIC;
        } else {
            double s = memo ? Math.max(Comparison.similarity(a, b), Comparison.similarity(aKey, bKey))
                    : Math.max(JaroWinkler.similarity(a, b), JaroWinkler.similarity(aKey, bKey));
            level = s >= 0.92 ? Level.FUZZY_HIGH : s >= 0.85 ? Level.FUZZY_LOW : Level.DISAGREE;
        }
        return level.ordinal();
    }

    /** Level ordinal of two canonical states. */
    public static int stateLevel(String a, String b) {
        return stateLevel(a, b, true);
    }

    static int stateLevel(String a, String b, boolean memo) {
        return (a.equals(b) ? Level.EXACT
                : (memo ? Comparison.similarity(a, b) : JaroWinkler.similarity(a, b)) >= 0.9 ? Level.FUZZY_HIGH
                : Level.DISAGREE).ordinal();
    }

    private static void compareDigits(Field field, String a, String b, boolean date, Comparison out) {
        if (a == null || b == null) {
            return;
        }
        Level level;
        if (a.equals(b)) {
            level = Level.EXACT;
        } else if (EditDistance.withinOne(a, b)) {
            level = Level.FUZZY_HIGH;
        } else if (date && a.length() >= 4 && b.length() >= 4 && a.regionMatches(0, b, 0, 4)) {
            level = Level.FUZZY_LOW;
        } else {
            level = Level.DISAGREE;
        }
        set(out, field, level);
    }
}

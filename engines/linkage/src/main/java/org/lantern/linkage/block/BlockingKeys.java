package org.lantern.linkage.block;

import org.lantern.linkage.compare.PreparedRecord;
import org.lantern.linkage.normalise.NormalisedName;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * Computes the blocking keys of a record for all {@link BlockingRule}s, as 64-bit hashes tagged with the rule in
 * the top 4 bits (so the cap of the rule can be applied to a key).
 *
 * <p>Keys of the indexed side and of the querying side differ only for birth periods: an indexed record is put in
 * its own five-year period, a query looks in its period and both neighbours, so estimated ages that differ by up
 * to five years still meet, and father's name with sex is stored only for records without a district or without an
 * age (a query always looks it up). Time O(t²) for t name tokens; pure function.
 */
public final class BlockingKeys {

    private static final int RULE_SHIFT = 59;
    private static final int BIRTH_PERIOD_YEARS = 5;
    private static final int DAYS_PER_YEAR = 365;

    private BlockingKeys() {
    }

    /** Keys under which a record is stored in an index. */
    public static long[] indexKeys(PreparedRecord r) {
        return keys(r, false);
    }

    /** Keys a record looks up when it queries an index. */
    public static long[] queryKeys(PreparedRecord r) {
        return keys(r, true);
    }

    /** The rule a key belongs to. */
    public static BlockingRule ruleOf(long key) {
        return BlockingRule.values()[(int) (key >>> RULE_SHIFT)];
    }

    private static long[] keys(PreparedRecord r, boolean query) {
        Objects.requireNonNull(r, "record must not be null");
        long[] out = new long[16];
        int n = 0;
        if (r.phone() != null) {
            out = push(out, n++, key(BlockingRule.PHONE, hash(r.phone())));
        }
        if (r.dateOfBirth() != null && r.dateOfBirth().length() >= 6) {
            out = push(out, n++, key(BlockingRule.DATE_OF_BIRTH, hash(r.dateOfBirth())));
        }
        String[] names = informativeKeys(r.name());
        String[] fathers = informativeKeys(r.fatherName());
        int birthPeriod = birthPeriod(r);
        String district = r.districtKey();
        String dobYear = r.dateOfBirth() != null && r.dateOfBirth().length() >= 4 ? r.dateOfBirth().substring(0, 4)
                : null;
        for (int i = 0; i < names.length; i++) {
            long h = hash(names[i]);
            out = push(out, n++, key(BlockingRule.NAME_TOKEN, h));
            for (int j = i + 1; j < names.length; j++) {
                out = push(out, n++, key(BlockingRule.NAME_TOKEN_PAIR, combine(h, hash(names[j]))));
            }
            for (String father : fathers) {
                out = push(out, n++, key(BlockingRule.NAME_AND_FATHER, combine(h, hash(father))));
            }
            if (district != null) {
                out = push(out, n++, key(BlockingRule.NAME_AND_DISTRICT, combine(h, hash(district))));
            }
            if (dobYear != null) {
                out = push(out, n++, key(BlockingRule.NAME_AND_BIRTH_YEAR, combine(h, hash(dobYear))));
            }
            if (birthPeriod != Integer.MIN_VALUE) {
                for (int p = query ? birthPeriod - 1 : birthPeriod; p <= (query ? birthPeriod + 1 : birthPeriod); p++) {
                    out = push(out, n++, key(BlockingRule.NAME_AND_BIRTH_PERIOD, combine(h, p)));
                }
            }
        }
        for (String name : names) {
            if (name.length() < 4) {
                continue; // deletion variants of short keys are too ambiguous
            }
            for (int d = 0; d <= name.length(); d++) {
                // d == length stands for the key itself, which meets the deletion variants of a longer key
                String variant = d == name.length() ? name : name.substring(0, d) + name.substring(d + 1);
                long h = hash(variant);
                if (birthPeriod != Integer.MIN_VALUE) {
                    for (int p = query ? birthPeriod - 1 : birthPeriod; p <= (query ? birthPeriod + 1 : birthPeriod); p++) {
                        out = push(out, n++, key(BlockingRule.NAME_TYPO_AND_BIRTH_PERIOD, combine(h, p)));
                    }
                }
            }
        }
        if (district != null && birthPeriod != Integer.MIN_VALUE) {
            long h = hash(district);
            for (int p = query ? birthPeriod - 1 : birthPeriod; p <= (query ? birthPeriod + 1 : birthPeriod); p++) {
                out = push(out, n++, key(BlockingRule.DISTRICT_AND_BIRTH_PERIOD, combine(h, p)));
            }
        }
        for (String father : fathers) {
            long h = hash(father);
            if (district != null) {
                out = push(out, n++, key(BlockingRule.FATHER_AND_DISTRICT, combine(h, hash(district))));
            }
            if (birthPeriod != Integer.MIN_VALUE) {
                for (int p = query ? birthPeriod - 1 : birthPeriod; p <= (query ? birthPeriod + 1 : birthPeriod); p++) {
                    out = push(out, n++, key(BlockingRule.FATHER_AND_BIRTH_PERIOD, combine(h, p)));
                }
            }
        }
        if (r.sex() != null && (query || district == null || birthPeriod == Integer.MIN_VALUE)) {
            long s = r.sex().ordinal() + 1;
            for (String father : fathers) {
                out = push(out, n++, key(BlockingRule.FATHER_AND_SEX, combine(hash(father), s)));
            }
        }
        long[] keys = Arrays.copyOf(out, n);
        Arrays.sort(keys);
        return dedupe(keys);
    }

    private static long[] dedupe(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }

    /** Distinct phonetic keys of the informative tokens (all tokens when none is informative). */
    static String[] informativeKeys(NormalisedName name) {
        if (name.isEmpty()) {
            return new String[0];
        }
        boolean informativeOnly = name.informativeCount() > 0;
        String[] keys = new String[name.size()];
        int n = 0;
        for (int i = 0; i < name.size(); i++) {
            if (informativeOnly && !name.informative()[i]) {
                continue;
            }
            String k = name.keys()[i];
            if (k.length() < 2) {
                continue; // initials
            }
            boolean seen = false;
            for (int j = 0; j < n; j++) {
                seen |= keys[j].equals(k);
            }
            if (!seen) {
                keys[n++] = k;
            }
        }
        String[] out = Arrays.copyOf(keys, n);
        Arrays.sort(out);
        return out;
    }

    private static int birthPeriod(PreparedRecord r) {
        if (!r.hasAge() || !r.hasDate()) {
            return Integer.MIN_VALUE;
        }
        int eventYear = LocalDate.ofEpochDay(r.eventDay()).getYear();
        double birthYear = eventYear - (r.ageLow() + r.ageHigh()) / 2.0;
        return (int) Math.floor(birthYear / BIRTH_PERIOD_YEARS);
    }

    private static long[] push(long[] a, int n, long v) {
        if (n == a.length) {
            a = Arrays.copyOf(a, n * 2);
        }
        a[n] = v;
        return a;
    }

    private static long key(BlockingRule rule, long hash) {
        return ((long) rule.ordinal() << RULE_SHIFT) | (PostingsMap.mix(hash) >>> (64 - RULE_SHIFT));
    }

    private static long combine(long a, long b) {
        return PostingsMap.mix(a * 31 + b) ^ Long.rotateLeft(b, 17);
    }

    /** 64-bit FNV-1a of the characters. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}

package org.lantern.linkage.score;

import org.lantern.linkage.api.Field;
import org.lantern.linkage.api.Level;
import org.lantern.linkage.api.LinkageModel;
import org.lantern.linkage.compare.PackedDigits;
import org.lantern.linkage.compare.PairComparator;
import org.lantern.linkage.compare.PlaceCodes;
import org.lantern.linkage.compare.TokenCodes;
import org.lantern.linkage.compare.Comparison;
import org.lantern.linkage.compare.PreparedRecord;
import org.lantern.linkage.normalise.NormalisedName;

/**
 * An upper bound of the {@link FellegiSunter} match weight of a pair that costs a few integer operations: it reads
 * a summary of the candidate (one row of {@link #STRIDE} ints: flags, sex, age, event day, codes and hashes of
 * the district and state, phone and date of birth packed as digits, 64-bit signatures of the phonetic keys of its
 * names and a letter summary of each name token) and never touches the candidate's strings. A top-k search computes the bound of every candidate, scores the candidates in decreasing order of their
 * bound and skips those whose bound is below its current k-th best weight: the result is the same as scoring them
 * all.
 *
 * <p>Why the bound holds, field by field (the fields are summed in the order of {@link FellegiSunter#weightOf}):
 * <ul>
 * <li>sex, age, event order: computed exactly, from the same integers as {@link PairComparator};</li>
 * <li>district and state: exact, from a memo of the level of two place codes ({@link PlaceCodes}); phone and date
 * of birth: exact, on packed digits ({@link PackedDigits}). Beyond those tables (more than 4 095 districts, more
 * than 16 digits) hashes decide: different hashes mean different strings, so the level is at most PHONETIC (equal
 * phonetic key) or FUZZY_HIGH. Weights of weaker levels are capped by the stronger ones ({@link LinkageModel}), so
 * the weight of the best possible level bounds all weaker ones;</li>
 * <li>names: a token agrees (weight with term-frequency adjustment) only with an equal phonetic key, so only the
 * query's tokens whose key bit is in the candidate's signature can agree. The adjusted weight is
 * log2(m / Π freq) over the agreeing tokens, a subset of those: at most log2(m) + Σ max(0, −log2 freq) over
 * them. Without any possible agreement the level depends on the mean Jaro–Winkler similarity of the aligned
 * keys; each similarity is bounded from the key lengths, the letters the two keys have in common (at most the
 * query's letters that occur in the candidate's letter set) and whether the first letters agree (Winkler's
 * prefix), and every query token is given its best candidate token (ignoring that the alignment uses each token
 * once). The mean of those bounds bounds the mean, hence the level;</li>
 * <li>address: EXACT and PHONETIC need a shared key, so without one it is at most FUZZY_HIGH.</li>
 * </ul>
 * A small margin ({@link #MARGIN}) covers rounding. Pure functions; time O(t) per candidate for t query tokens.
 */
public final class WeightBound {

    /** Ints per record summary. */
    public static final int STRIDE = 28;
    /** Added to every bound against rounding differences with the exact weight. */
    public static final double MARGIN = 1e-6;

    private static final int FLAGS = 0;
    private static final int SEX = 1;
    private static final int AGE_LOW = 2;
    private static final int AGE_HIGH = 3;
    private static final int EVENT_DAY = 4;
    private static final int DISTRICT_CODE = 5;
    private static final int DISTRICT = 6;
    private static final int DISTRICT_KEY = 7;
    private static final int STATE_CODE = 8;
    private static final int STATE = 9;
    private static final int PHONE = 10;
    private static final int DATE_OF_BIRTH = 12;
    private static final int LENGTHS = 14;
    private static final int ADDRESS_SIGNATURE = 15;
    private static final int NAME_SIGNATURE = 16;
    private static final int FATHER_SIGNATURE = 18;
    private static final int NAME_TOKENS = 20;
    private static final int FATHER_TOKENS = 24;
    /** Token summaries kept per name; longer names are bounded without them. */
    private static final int MAX_TOKENS = 4;

    private static final int HAS_AGE = 1;
    private static final int HAS_DATE = 1 << 1;
    private static final int HAS_SEX = 1 << 2;
    private static final int HAS_DISTRICT = 1 << 3;
    private static final int HAS_STATE = 1 << 4;
    private static final int HAS_PHONE = 1 << 5;
    private static final int HAS_DATE_OF_BIRTH = 1 << 6;
    private static final int HAS_NAME = 1 << 7;
    private static final int HAS_FATHER = 1 << 8;
    private static final int HAS_ADDRESS = 1 << 9;
    private static final int PHONE_PACKED = 1 << 10;
    private static final int DATE_OF_BIRTH_PACKED = 1 << 11;
    private static final int NAME_SUMMARISED = 1 << 12;
    private static final int FATHER_SUMMARISED = 1 << 13;
    /** Everything but the address can be compared exactly from the summary and the name codes. */
    private static final int EXACT_READY = 1 << 14;

    /** The record was removed from its index. */
    private static final int REMOVED = 1 << 15;

    /**
     * Ints per record in the name-code table: token and key codes of the counted tokens of name and father, then the
     * hash of the record id.
     */
    public static final int NAME_CODES_STRIDE = 4 * MAX_TOKENS + 1;
    private static final int ID_HASH = 4 * MAX_TOKENS;

    /** Letter classes of the letter set of a token (a letter's class is its code modulo this). */
    private static final int LETTER_CLASSES = 21;
    private static final int MAX_LENGTH = 63;

    /** Largest term-frequency bonus: {@link LinkageModel#adjustedWeight} floors the chance agreement. */
    private static final double MAX_INFORMATION = -LinkageModel.log2(
            LinkageModel.MIN_PROBABILITY * LinkageModel.MIN_PROBABILITY);
    private static final double PHONETIC_SIMILARITY = 0.97;
    private static final double PHONETIC_SIMILARITY_BELOW = 0.96;

    private static final int NAME = Field.NAME.ordinal();
    private static final int FATHER = Field.FATHER_NAME.ordinal();
    private static final int E = Level.EXACT.ordinal();
    private static final int P = Level.PHONETIC.ordinal();
    private static final int FH = Level.FUZZY_HIGH.ordinal();
    private static final int FL = Level.FUZZY_LOW.ordinal();
    private static final int D = Level.DISAGREE.ordinal();

    private WeightBound() {
    }

    /** Writes the summary of a record into {@code table[offset .. offset + STRIDE)}. */
    public static void summarise(PreparedRecord r, int[] table, int offset) {
        summarise(r, table, offset, new int[NAME_CODES_STRIDE], 0);
    }

    /**
     * Writes the summary of a record into {@code table[offset .. offset + STRIDE)} and the codes of its name tokens
     * into {@code codes[codesOffset .. codesOffset + NAME_CODES_STRIDE)}.
     */
    public static void summarise(PreparedRecord r, int[] table, int offset, int[] codes, int codesOffset) {
        int flags = 0;
        int lengths = 0;
        if (r.hasAge()) {
            flags |= HAS_AGE;
        }
        if (r.hasDate()) {
            flags |= HAS_DATE;
        }
        if (r.sex() != null) {
            flags |= HAS_SEX;
            table[offset + SEX] = r.sex().ordinal();
        }
        if (r.homeDistrict() != null) {
            flags |= HAS_DISTRICT;
            table[offset + DISTRICT_CODE] = PlaceCodes.DISTRICTS.code(r.homeDistrict(), r.districtKey());
            table[offset + DISTRICT] = r.homeDistrict().hashCode();
            table[offset + DISTRICT_KEY] = r.districtKey().hashCode();
        }
        if (r.homeState() != null) {
            flags |= HAS_STATE;
            table[offset + STATE_CODE] = PlaceCodes.STATES.code(r.homeState(), null);
            table[offset + STATE] = r.homeState().hashCode();
        }
        if (r.phone() != null) {
            flags |= HAS_PHONE;
            if (PackedDigits.packable(r.phone())) {
                flags |= PHONE_PACKED;
                putLong(table, offset + PHONE, PackedDigits.pack(r.phone()));
                lengths |= r.phone().length();
            } else {
                table[offset + PHONE] = r.phone().hashCode();
            }
        }
        if (r.dateOfBirth() != null) {
            flags |= HAS_DATE_OF_BIRTH;
            if (PackedDigits.packable(r.dateOfBirth())) {
                flags |= DATE_OF_BIRTH_PACKED;
                putLong(table, offset + DATE_OF_BIRTH, PackedDigits.pack(r.dateOfBirth()));
                lengths |= r.dateOfBirth().length() << 8;
            } else {
                table[offset + DATE_OF_BIRTH] = r.dateOfBirth().hashCode();
            }
        }
        if (comparable(r.name())) {
            flags |= HAS_NAME;
            putLong(table, offset + NAME_SIGNATURE, signature(r.name()));
            int n = summariseTokens(r.name(), table, offset + NAME_TOKENS, codes, codesOffset);
            if (n >= 0) {
                flags |= NAME_SUMMARISED;
                lengths |= n << 16;
            }
        }
        if (comparable(r.fatherName())) {
            flags |= HAS_FATHER;
            putLong(table, offset + FATHER_SIGNATURE, signature(r.fatherName()));
            int n = summariseTokens(r.fatherName(), table, offset + FATHER_TOKENS, codes,
                    codesOffset + 2 * MAX_TOKENS);
            if (n >= 0) {
                flags |= FATHER_SUMMARISED;
                lengths |= n << 24;
            }
        }
        if (comparable(r.address())) {
            flags |= HAS_ADDRESS;
            long s = signature(r.address());
            table[offset + ADDRESS_SIGNATURE] = (int) (s | (s >>> 32));
        }
        boolean ready = ((flags & HAS_NAME) == 0 || (flags & NAME_SUMMARISED) != 0)
                && ((flags & HAS_FATHER) == 0 || (flags & FATHER_SUMMARISED) != 0)
                && ((flags & HAS_DISTRICT) == 0 || table[offset + DISTRICT_CODE] != PlaceCodes.NONE)
                && ((flags & HAS_STATE) == 0 || table[offset + STATE_CODE] != PlaceCodes.NONE)
                && ((flags & HAS_PHONE) == 0 || (flags & PHONE_PACKED) != 0)
                && ((flags & HAS_DATE_OF_BIRTH) == 0 || (flags & DATE_OF_BIRTH_PACKED) != 0);
        if (ready) {
            flags |= EXACT_READY;
        }
        table[offset + FLAGS] = flags;
        table[offset + LENGTHS] = lengths;
        codes[codesOffset + ID_HASH] = r.id().hashCode();
        table[offset + AGE_LOW] = r.ageLow();
        table[offset + AGE_HIGH] = r.ageHigh();
        table[offset + EVENT_DAY] = r.eventDay();
    }

    /** Marks the summarised record as removed. */
    public static void markRemoved(int[] table, int offset) {
        table[offset + FLAGS] |= REMOVED;
    }

    /** Whether the summarised record was marked removed. */
    public static boolean removed(int[] table, int offset) {
        return (table[offset + FLAGS] & REMOVED) != 0;
    }

    /** Whether the record with these name codes may have the query's id (equal id hashes). */
    public static boolean sameIdHash(Query query, int[] codes, int codesOffset) {
        return query.codes[ID_HASH] == codes[codesOffset + ID_HASH];
    }

    /**
     * Letter summaries of the tokens a comparison counts (the informative ones when there are any); returns their
     * number, or -1 when there are too many or too long ones.
     */
    private static int summariseTokens(NormalisedName name, int[] table, int at, int[] codes, int codesAt) {
        boolean informativeOnly = name.informativeCount() > 0;
        int n = 0;
        for (int i = 0; i < name.size(); i++) {
            if (informativeOnly && !name.informative()[i]) {
                continue;
            }
            String key = name.keys()[i];
            if (n == MAX_TOKENS || key.length() > MAX_LENGTH) {
                return -1;
            }
            codes[codesAt + n] = TokenCodes.code(name.tokens()[i]);
            codes[codesAt + MAX_TOKENS + n] = TokenCodes.code(key);
            table[at + n++] = letterSet(key) | key.length() << LETTER_CLASSES
                    | (key.isEmpty() ? 0 : key.charAt(0) & 31) << 27;
        }
        return n;
    }

    private static int letterSet(String key) {
        int set = 0;
        for (int i = 0; i < key.length(); i++) {
            set |= 1 << (key.charAt(i) % LETTER_CLASSES);
        }
        return set;
    }

    /** Whether the name comparator produces a level for this name (not empty, not a pet name alone). */
    private static boolean comparable(NormalisedName name) {
        return !name.isEmpty() && !name.petNameOnly();
    }

    /** One bit per phonetic key of the name (all tokens, so a superset of any agreeing key). */
    static long signature(NormalisedName name) {
        long s = 0;
        for (String key : name.keys()) {
            s |= bit(key);
        }
        return s;
    }

    private static long bit(String key) {
        return 1L << ((key.hashCode() * 0x9E3779B9) >>> 26);
    }

    private static void putLong(int[] table, int at, long value) {
        table[at] = (int) (value >>> 32);
        table[at + 1] = (int) value;
    }

    private static long getLong(int[] table, int at) {
        return ((long) table[at] << 32) | (table[at + 1] & 0xFFFF_FFFFL);
    }

    /** Everything about the query record and the model that the bound of one of its candidates needs. */
    public static final class Query {
        private final LinkageModel model;
        private final int[] row = new int[STRIDE];
        private final int[] codes = new int[NAME_CODES_STRIDE];
        private final double prior;
        /** [field][level]: weight of the strongest level the field can take at or below this one. */
        private final double[][] atMost;
        private final Tokens name;
        private final Tokens father;

        private Query(LinkageModel model, PreparedRecord query) {
            this.model = model;
            summarise(query, row, 0, codes, 0);
            this.prior = model.priorWeight();
            this.atMost = atMost(model);
            this.name = new Tokens(model, NAME, query.name());
            this.father = new Tokens(model, FATHER, query.fatherName());
        }

        /**
         * Upper bound (plus {@link #MARGIN}) of the weight of the query paired with the record summarised at
         * {@code table[offset]}, the query being the left record.
         */
        public double bound(int[] table, int offset) {
            int q = row[FLAGS];
            int c = table[offset + FLAGS];
            int both = q & c;
            double total = prior;
            if ((both & HAS_NAME) != 0) {
                total += name.bound(table, offset, NAME_SIGNATURE, NAME_TOKENS,
                        (c & NAME_SUMMARISED) != 0 ? (table[offset + LENGTHS] >>> 16) & 0xFF : -1, atMost[NAME]);
            }
            if ((both & HAS_FATHER) != 0) {
                total += father.bound(table, offset, FATHER_SIGNATURE, FATHER_TOKENS,
                        (c & FATHER_SUMMARISED) != 0 ? table[offset + LENGTHS] >>> 24 : -1, atMost[FATHER]);
            }
            if ((both & HAS_SEX) != 0) {
                total += model.weight(Field.SEX.ordinal(), row[SEX] == table[offset + SEX] ? E : D);
            }
            if ((both & HAS_AGE) != 0) {
                total += model.weight(Field.AGE.ordinal(), PairComparator.ageLevel(row[AGE_LOW], row[AGE_HIGH],
                        row[EVENT_DAY], table[offset + AGE_LOW], table[offset + AGE_HIGH], table[offset + EVENT_DAY]));
            }
            if (model.directional() && (both & HAS_DATE) != 0) {
                total += model.weight(Field.EVENT_ORDER.ordinal(),
                        PairComparator.inEventOrder(row[EVENT_DAY], table[offset + EVENT_DAY]) ? E : D);
            }
            if ((both & HAS_DISTRICT) != 0) {
                total += place(PlaceCodes.DISTRICTS, row[DISTRICT_CODE], table[offset + DISTRICT_CODE],
                        Field.HOME_DISTRICT, row[DISTRICT] == table[offset + DISTRICT],
                        row[DISTRICT_KEY] == table[offset + DISTRICT_KEY]);
            }
            if ((both & HAS_STATE) != 0) {
                total += place(PlaceCodes.STATES, row[STATE_CODE], table[offset + STATE_CODE], Field.HOME_STATE,
                        row[STATE] == table[offset + STATE], false);
            }
            if ((both & HAS_PHONE) != 0) {
                total += digits(table, offset, q, c, PHONE_PACKED, PHONE, 0, Field.PHONE, false);
            }
            if ((both & HAS_DATE_OF_BIRTH) != 0) {
                total += digits(table, offset, q, c, DATE_OF_BIRTH_PACKED, DATE_OF_BIRTH, 8, Field.DATE_OF_BIRTH,
                        true);
            }
            if ((both & HAS_ADDRESS) != 0) {
                boolean shared = (table[offset + ADDRESS_SIGNATURE] & row[ADDRESS_SIGNATURE]) != 0;
                total += atMost[Field.ADDRESS.ordinal()][shared ? E : FH];
            }
            return total + MARGIN;
        }

        /**
         * The exact weight of the pair (the same value as {@link FellegiSunter#weight}) computed from the summary
         * and the name codes of the candidate, or NaN when they do not suffice (long names, an address on both
         * sides, places or digits outside the tables).
         */
        public double exact(int[] table, int offset, int[] nameCodes, int codesOffset, Comparison scratch) {
            int q = row[FLAGS];
            int c = table[offset + FLAGS];
            int both = q & c;
            if ((both & EXACT_READY) == 0 || (both & HAS_ADDRESS) != 0) {
                return Double.NaN;
            }
            double total = prior;
            if ((both & HAS_NAME) != 0) {
                total += names(NAME, codes, 0, (row[LENGTHS] >>> 16) & 0xFF, nameCodes, codesOffset,
                        (table[offset + LENGTHS] >>> 16) & 0xFF, scratch);
            }
            if ((both & HAS_FATHER) != 0) {
                total += names(FATHER, codes, 2 * MAX_TOKENS, row[LENGTHS] >>> 24, nameCodes,
                        codesOffset + 2 * MAX_TOKENS, table[offset + LENGTHS] >>> 24, scratch);
            }
            if ((both & HAS_SEX) != 0) {
                total += model.weight(Field.SEX.ordinal(), row[SEX] == table[offset + SEX] ? E : D);
            }
            if ((both & HAS_AGE) != 0) {
                total += model.weight(Field.AGE.ordinal(), PairComparator.ageLevel(row[AGE_LOW], row[AGE_HIGH],
                        row[EVENT_DAY], table[offset + AGE_LOW], table[offset + AGE_HIGH], table[offset + EVENT_DAY]));
            }
            if (model.directional() && (both & HAS_DATE) != 0) {
                total += model.weight(Field.EVENT_ORDER.ordinal(),
                        PairComparator.inEventOrder(row[EVENT_DAY], table[offset + EVENT_DAY]) ? E : D);
            }
            if ((both & HAS_DISTRICT) != 0) {
                total += model.weight(Field.HOME_DISTRICT.ordinal(),
                        PlaceCodes.DISTRICTS.level(row[DISTRICT_CODE], table[offset + DISTRICT_CODE]));
            }
            if ((both & HAS_STATE) != 0) {
                total += model.weight(Field.HOME_STATE.ordinal(),
                        PlaceCodes.STATES.level(row[STATE_CODE], table[offset + STATE_CODE]));
            }
            if ((both & HAS_PHONE) != 0) {
                total += digits(table, offset, q, c, PHONE_PACKED, PHONE, 0, Field.PHONE, false);
            }
            if ((both & HAS_DATE_OF_BIRTH) != 0) {
                total += digits(table, offset, q, c, DATE_OF_BIRTH_PACKED, DATE_OF_BIRTH, 8, Field.DATE_OF_BIRTH,
                        true);
            }
            return total;
        }

        /**
         * {@link PairComparator}'s name comparison and its weight, on codes: the same greedy alignment of the
         * counted tokens of the smaller bag, the same similarities (1 equal token, 0.97 equal key, else
         * Jaro–Winkler of the keys below 0.97), levels and term-frequency adjustment.
         */
        private double names(int field, int[] a, int aAt, int na, int[] b, int bAt, int nb, Comparison scratch) {
            boolean aSmaller = na < nb || (na == nb && leads(a, aAt, b, bAt, na));
            int[] small = aSmaller ? a : b;
            int smallAt = aSmaller ? aAt : bAt;
            int ns = aSmaller ? na : nb;
            int[] large = aSmaller ? b : a;
            int largeAt = aSmaller ? bAt : aAt;
            int nl = aSmaller ? nb : na;
            long used = 0;
            int exact = 0;
            int agreeing = 0;
            double similaritySum = 0;
            double chanceAgreement = 1.0;
            for (int i = 0; i < ns; i++) {
                double best = 0;
                int bestJ = -1;
                boolean bestExact = false;
                int token = small[smallAt + i];
                int key = small[smallAt + MAX_TOKENS + i];
                for (int j = 0; j < nl; j++) {
                    if ((used & (1L << j)) != 0) {
                        continue;
                    }
                    double sim;
                    boolean isExact = false;
                    if (token == large[largeAt + j]) {
                        sim = 1.0;
                        isExact = true;
                    } else if (key == large[largeAt + MAX_TOKENS + j]) {
                        sim = PHONETIC_SIMILARITY;
                    } else {
                        sim = Math.min(scratch.similarityOfCodes(key, large[largeAt + MAX_TOKENS + j]),
                                PHONETIC_SIMILARITY - 0.01);
                    }
                    if (sim > best) {
                        best = sim;
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
                    }
                    chanceAgreement *= scratch.tokenFrequencyOfCode(model, key);
                }
            }
            double mean = similaritySum / ns;
            int level;
            if (exact == ns && na == nb) {
                level = E;
            } else if (agreeing == ns) {
                level = P;
            } else if (mean >= 0.92) {
                level = FH;
            } else if (mean >= 0.80 || agreeing > 0) {
                level = FL;
            } else {
                level = D;
            }
            return agreeing > 0 && level != FH ? model.adjustedWeight(field, level, chanceAgreement)
                    : model.weight(field, level);
        }

        private double place(PlaceCodes codes, int a, int b, Field field, boolean sameHash, boolean sameKeyHash) {
            if (a != PlaceCodes.NONE && b != PlaceCodes.NONE) {
                return model.weight(field.ordinal(), codes.level(a, b));
            }
            return atMost[field.ordinal()][sameHash ? E : sameKeyHash ? P : FH];
        }

        private double digits(int[] table, int offset, int q, int c, int packed, int at, int lengthShift, Field field,
                              boolean date) {
            if ((q & c & packed) != 0) {
                return model.weight(field.ordinal(), PackedDigits.level(getLong(row, at),
                        (row[LENGTHS] >>> lengthShift) & 0xFF, getLong(table, offset + at),
                        (table[offset + LENGTHS] >>> lengthShift) & 0xFF, date));
            }
            // a packed and an unpacked string differ; two unpacked ones may be equal when their hashes are
            boolean sameHash = ((q | c) & packed) == 0 && row[at] == table[offset + at];
            return atMost[field.ordinal()][sameHash ? E : FH];
        }
    }

    /** {@link PairComparator}'s order of two bags of equal counted size, on token codes (compared as strings). */
    private static boolean leads(int[] a, int aAt, int[] b, int bAt, int n) {
        for (int i = 0; i < n; i++) {
            int x = a[aAt + i];
            int y = b[bAt + i];
            if (x != y) {
                int c = TokenCodes.string(x).compareTo(TokenCodes.string(y));
                if (c != 0) {
                    return c < 0;
                }
            }
        }
        return true;
    }

    /** The query's name tokens that count in a comparison: key bits, information in bits, letter summaries. */
    private static final class Tokens {
        private final long[] bits;
        private final double[] information;
        /** Largest log2(m) of the levels that carry a term-frequency adjustment. */
        private final double log2M;
        private final int[] letters;
        private final int[] lengths;
        private final int[] first;
        /** [token][letter class]: occurrences of the class in the key. */
        private final int[][] counts;
        private final boolean summarised;
        private final double[] best;

        Tokens(LinkageModel model, int field, NormalisedName name) {
            boolean informativeOnly = name.informativeCount() > 0;
            int n = informativeOnly ? name.informativeCount() : name.size();
            bits = new long[n];
            information = new double[n];
            letters = new int[n];
            lengths = new int[n];
            first = new int[n];
            counts = new int[n][LETTER_CLASSES];
            best = new double[MAX_TOKENS];
            boolean fits = true;
            int t = 0;
            for (int i = 0; i < name.size(); i++) {
                if (informativeOnly && !name.informative()[i]) {
                    continue;
                }
                String key = name.keys()[i];
                bits[t] = bit(key);
                information[t] = Math.max(0.0, -LinkageModel.log2(model.tokenFrequency(key)));
                letters[t] = letterSet(key);
                lengths[t] = key.length();
                first[t] = key.isEmpty() ? 0 : key.charAt(0) & 31;
                for (int k = 0; k < key.length(); k++) {
                    counts[t][key.charAt(k) % LETTER_CLASSES]++;
                }
                fits &= key.length() <= MAX_LENGTH;
                t++;
            }
            summarised = fits;
            Field f = Field.all()[field];
            log2M = Math.max(LinkageModel.log2(model.m(f, Level.EXACT)), Math.max(
                    LinkageModel.log2(model.m(f, Level.PHONETIC)), LinkageModel.log2(model.m(f, Level.FUZZY_LOW))));
        }

        /**
         * Bound of the name field's weight against a candidate name.
         *
         * @param candidateTokens number of summarised candidate tokens, or -1 when not summarised
         * @param atMost          the field's row of {@link Query#atMost}
         */
        double bound(int[] table, int offset, int signatureAt, int tokensAt, int candidateTokens, double[] atMost) {
            long signature = getLong(table, offset + signatureAt);
            double information = 0;
            boolean shared = false;
            for (int t = 0; t < bits.length; t++) {
                if ((signature & bits[t]) != 0) {
                    information += this.information[t];
                    shared = true;
                }
            }
            if (shared) {
                return Math.max(atMost[FH], log2M + Math.min(information, MAX_INFORMATION));
            }
            if (candidateTokens < 0 || !summarised) {
                return atMost[FH];
            }
            // no token can agree: the level follows from the mean similarity of the alignment
            int nq = bits.length;
            int nc = candidateTokens;
            double queryLeads = 0;
            java.util.Arrays.fill(best, 0, nc, 0.0);
            for (int t = 0; t < nq; t++) {
                double bestOfT = 0;
                for (int j = 0; j < nc; j++) {
                    double s = similarityBound(t, table[offset + tokensAt + j]);
                    bestOfT = Math.max(bestOfT, s);
                    best[j] = Math.max(best[j], s);
                }
                queryLeads += bestOfT;
            }
            double mean = 0;
            if (nq <= nc) {
                mean = queryLeads / nq;
            }
            if (nc <= nq) {
                double candidateLeads = 0;
                for (int j = 0; j < nc; j++) {
                    candidateLeads += best[j];
                }
                mean = Math.max(mean, candidateLeads / nc);
            }
            mean += 1e-9;
            return atMost[mean >= 0.92 ? FH : mean >= 0.80 ? FL : D];
        }

        /** Upper bound of the Jaro–Winkler similarity of query token {@code t} and a summarised key, capped. */
        private double similarityBound(int t, int summary) {
            int common = letters[t] & summary & ((1 << LETTER_CLASSES) - 1);
            if (common == 0) {
                return 0;
            }
            int matches = 0;
            for (int rest = common; rest != 0; rest &= rest - 1) {
                matches += counts[t][Integer.numberOfTrailingZeros(rest)];
            }
            int lb = (summary >>> LETTER_CLASSES) & MAX_LENGTH;
            int la = lengths[t];
            matches = Math.min(matches, lb);
            if (matches == 0) {
                return 0;
            }
            double jaro = ((double) matches / la + (double) matches / lb + 1.0) / 3.0;
            int prefix = first[t] == summary >>> 27 ? Math.min(4, Math.min(la, lb)) : 0;
            return Math.min(PHONETIC_SIMILARITY_BELOW, jaro + prefix * 0.1 * (1.0 - jaro));
        }
    }

    /** Prepares the bound of every pair (query, candidate) for one query record on the left. */
    public static Query query(LinkageModel model, PreparedRecord query) {
        return new Query(model, query);
    }

    private static double[][] atMost(LinkageModel model) {
        Field[] fields = Field.all();
        double[][] out = new double[fields.length][Level.SCORED];
        for (Field f : fields) {
            double best = Double.NEGATIVE_INFINITY;
            for (int l = Level.SCORED - 1; l >= 0; l--) {
                if (f.uses(Level.of(l))) {
                    best = Math.max(best, model.weight(f.ordinal(), l));
                }
                out[f.ordinal()][l] = best;
            }
        }
        return out;
    }
}

package org.lantern.linkage.normalise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Normalises person names (and place names) into a sorted bag of tokens with phonetic keys.
 *
 * <p>Steps per token: {@link Transliteration#toAscii} (NFKC, case folding, ICU transliteration, schwa deletion);
 * removal of titles and honorifics (Mr, Mrs, Smt, Shri, Sri, Dr, Late, Mst ...), judged on the phonetic key so
 * that श्रीमती and Shrimati are both recognised; expansion of abbreviations (Md/Mohd/Mohammed -> muhammad,
 * Sk/Sheikh -> shaikh, Kr -> kumar); and marking of low-information tokens (Kumari, Devi, Begum, Khatun, Kumar
 * ...) and pet names (Munni, Guddi, Pinky ...) which are kept for comparison but neither used for blocking nor
 * counted as evidence on their own.
 *
 * <p>Time O(n) in the length of the name; per-token results are cached. Thread-safe.
 */
public final class NameNormaliser {

    /** Titles, matched on phonetic keys. */
    private static final Set<String> TITLES = keys(
            "mr", "mrs", "ms", "miss", "smt", "shrimati", "srimati", "shri", "sri", "shree", "sh", "dr", "late",
            "lt", "mst", "mosammat", "mosamat", "most", "janab", "sahib", "saheb", "master", "mister",
            "sushri", "shrimathi", "srimti", "shrimti", "shrimati devi", "thiru", "tmt", "selvi", "alhaj", "haji", "hajee");

    /** Abbreviations and variant spellings that phonetic folding does not join. */
    private static final Map<String, String[]> EXPANSIONS = expansions();

    /** Common second names that say little about identity. */
    private static final Set<String> LOW_INFORMATION = keys(
            "kumari", "devi", "begum", "khatun", "khatoon", "bibi", "kumar", "bai", "ben", "kaur",
            "nessa", "nesa", "akhter", "akter", "aktar", "akhtar", "muhammad", "shaikh", "bano", "banu", "biwi");

    /**
     * Common pet names (daak naam): a girl called Munni at home may be Sunita in the report, so a name made only of
     * pet names says nothing either way.
     */
    private static final Set<String> PET_NAMES = keys(
            "munni", "guddi", "gudiya", "pinky", "pinki", "sonu", "babli", "bubli", "chhoti", "choti", "chutki",
            "bulbul", "rinki", "dolly", "baby", "bebi", "mona", "tuni", "pari", "golu", "nanhi", "bittu", "pappu",
            "munna", "lado", "sweety", "tinku", "chinki", "mini", "moni", "buchi", "khuki", "tutul", "mampi");

    /** Words in place names that carry no identity (District of X, Zila Y). */
    private static final Set<String> PLACE_WORDS = Set.of("district", "dist", "distt", "zila", "zilla", "jila",
            "division", "state", "pradesh_", "the", "of");

    private static final ConcurrentHashMap<String, String[][]> TOKEN_CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 4_000_000;

    private NameNormaliser() {
    }

    /**
     * Normalises a person's name.
     *
     * @param raw name in any script, or null
     * @return the normalised name; {@link NormalisedName#EMPTY} when nothing remains
     */
    public static NormalisedName person(String raw) {
        return normalise(raw, true);
    }

    /**
     * Normalises a place name (district, state, address): same folding, no titles, no low-information tokens.
     *
     * @param raw place name in any script, or null
     */
    public static NormalisedName place(String raw) {
        return normalise(raw, false);
    }

    private static NormalisedName normalise(String raw, boolean person) {
        if (raw == null || raw.isBlank()) {
            return NormalisedName.EMPTY;
        }
        List<String[]> tokens = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= raw.length(); i++) {
            boolean separator = i == raw.length() || isSeparator(raw.charAt(i));
            if (!separator && start < 0) {
                start = i;
            } else if (separator && start >= 0) {
                for (String[] tokenAndKey : asciiTokens(raw.substring(start, i))) {
                    tokens.add(tokenAndKey);
                }
                start = -1;
            }
        }
        if (tokens.isEmpty()) {
            return NormalisedName.EMPTY;
        }
        List<String[]> kept = new ArrayList<>(tokens.size());
        for (String[] tokenAndKey : tokens) {
            if (person) {
                if (TITLES.contains(tokenAndKey[1]) && tokens.size() > 1) {
                    continue;
                }
                String[] expanded = EXPANSIONS.get(tokenAndKey[1]);
                kept.add(expanded != null ? expanded : tokenAndKey);
            } else if (!PLACE_WORDS.contains(tokenAndKey[0]) || tokens.size() == 1) {
                kept.add(tokenAndKey);
            }
        }
        if (person && kept.size() > 1) {
            kept.sort((a, b) -> a[0].compareTo(b[0])); // name tokens come in any order; place words do not
        }
        int n = kept.size();
        String[] out = new String[n];
        String[] keys = new String[n];
        boolean[] informative = new boolean[n];
        for (int i = 0; i < n; i++) {
            out[i] = kept.get(i)[0];
            keys[i] = kept.get(i)[1];
            informative[i] = !person || !(LOW_INFORMATION.contains(keys[i]) || PET_NAMES.contains(keys[i]));
        }
        return n == 0 ? NormalisedName.EMPTY : new NormalisedName(out, keys, informative);
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == ',' || c == '.' || c == '/' || c == '-' || c == '('
                || c == ')' || c == '\'' || c == '"' || c == ';' || c == '_' || c == '\u0964';
    }

    /**
     * ASCII tokens of one raw word with their phonetic keys, both interned (a transliterated word may split in
     * two). Cached: names repeat a lot.
     */
    private static String[][] asciiTokens(String word) {
        String[][] cached = TOKEN_CACHE.get(word);
        if (cached != null) {
            return cached;
        }
        String ascii = Transliteration.toAscii(word).strip();
        String[] parts = ascii.isEmpty() ? new String[0] : ascii.split(" +");
        String[][] result = new String[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            result[i] = tokenAndKey(parts[i]);
        }
        if (TOKEN_CACHE.size() < CACHE_LIMIT) {
            TOKEN_CACHE.put(word, result);
        }
        return result;
    }

    private static String[] tokenAndKey(String asciiToken) {
        return new String[] {TokenInterner.intern(asciiToken), TokenInterner.intern(PhoneticKey.of(asciiToken))};
    }

    /** Whether a phonetic key is a common pet name such as munni or guddi. */
    public static boolean isPetName(String key) {
        return PET_NAMES.contains(key);
    }

    /** Whether a phonetic key is a low-information name token such as kumari or devi. */
    public static boolean isLowInformation(String key) {
        return LOW_INFORMATION.contains(key);
    }

    private static Set<String> keys(String... words) {
        return Set.copyOf(Arrays.stream(words).map(PhoneticKey::of).toList());
    }

    private static Map<String, String[]> expansions() {
        Map<String, String> m = new java.util.HashMap<>();
        for (String s : List.of("md", "mohd", "mohammad", "mohammed", "muhammed", "mohamed", "mohamad",
                "mahammad", "mahmmad", "muhamad", "mohmmad", "mohammd", "mohd.")) {
            m.put(PhoneticKey.of(s), "muhammad");
        }
        for (String s : List.of("sk", "shk", "sheikh", "shekh", "shaik", "sheik", "seikh", "shaikh")) {
            m.put(PhoneticKey.of(s), "shaikh");
        }
        m.put(PhoneticKey.of("kr"), "kumar");
        m.put(PhoneticKey.of("kmr"), "kumar");
        m.put(PhoneticKey.of("km"), "kumari");
        m.put(PhoneticKey.of("kmari"), "kumari");
        m.put(PhoneticKey.of("begam"), "begum");
        m.put(PhoneticKey.of("khatoon"), "khatun");
        m.put(PhoneticKey.of("ch"), "chandra");
        m.put(PhoneticKey.of("pd"), "prasad");
        m.put(PhoneticKey.of("prashad"), "prasad");
        Map<String, String[]> out = new java.util.HashMap<>();
        m.forEach((key, expansion) -> out.put(key, tokenAndKey(expansion)));
        return Map.copyOf(out);
    }

    /** Visible for tests: whether a word (any script) is recognised as a title. */
    public static boolean isTitle(String word) {
        Objects.requireNonNull(word, "word must not be null");
        return TITLES.contains(PhoneticKey.of(Transliteration.toAscii(word).strip()));
    }
}

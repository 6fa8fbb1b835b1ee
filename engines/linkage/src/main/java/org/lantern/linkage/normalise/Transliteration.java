package org.lantern.linkage.normalise;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a word in any script into lower-case ASCII: Unicode NFKC, case folding, ICU "Any-Latin" (Devanagari,
 * Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Arabic/Urdu ...), schwa deletion for
 * Indic scripts, then "Latin-ASCII".
 *
 * <p>ICU's Indic-Latin rules (ISO 15919 style) write the inherent vowel of every consonant: राम becomes
 * "rāma" and कमला "kamalā", while people write Ram and Kamla. We therefore delete the inherent {@code a} at the
 * end of a word and in the context vowel-consonant-a-consonant-vowel (the classic Hindi schwa-deletion rule,
 * Narasimhan et al., "Schwa-deletion in Hindi text-to-speech synthesis", 2004). Long vowels are still
 * marked at that point (ā), so only inherent vowels are deleted.
 *
 * <p>Results are cached per word (names repeat a lot); the cache is bounded by the vocabulary. Time O(n) per
 * uncached word; thread-safe.
 */
public final class Transliteration {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final int CACHE_LIMIT = 2_000_000;
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin"));
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));
    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    private Transliteration() {
    }

    /**
     * Lower-case ASCII form of one word; characters that are not letters or digits become spaces.
     *
     * @param word a word in any script
     * @return the ASCII form, possibly containing spaces, never null
     */
    public static String toAscii(String word) {
        Objects.requireNonNull(word, "word must not be null");
        if (isPlainAscii(word)) {
            return asciiFold(word);
        }
        String cached = CACHE.get(word);
        if (cached != null) {
            return cached;
        }
        String result = transliterate(word);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(word, result);
        }
        return result;
    }

    private static String transliterate(String word) {
        String nfkc = NFKC.normalize(word);
        String folded = com.ibm.icu.lang.UCharacter.foldCase(nfkc, true);
        boolean indic = containsIndic(folded);
        // ICU separates ambiguous letter sequences with an apostrophe (mōham'mada)
        String latin = TO_LATIN.get().transliterate(folded).replace("'", "");
        if (indic) {
            latin = deleteSchwa(latin);
        }
        String ascii = TO_ASCII.get().transliterate(latin).toLowerCase(Locale.ROOT);
        return asciiFold(ascii);
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Lower-cases ASCII letters, keeps digits, turns everything else into a space. */
    private static String asciiFold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                c = ' ';
            }
            out[i] = c;
        }
        return new String(out);
    }

    private static boolean containsIndic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x0900 && c <= 0x0DFF) {
                return true;
            }
        }
        return false;
    }

    /**
     * Deletes inherent vowels (plain {@code a}) word-finally and in the context V C _ C V of a romanised Indic
     * word, scanning right to left so that two adjacent schwas are not both deleted.
     */
    static String deleteSchwa(String latin) {
        StringBuilder s = new StringBuilder(latin);
        for (int i = s.length() - 1; i >= 1; i--) {
            if (s.charAt(i) != 'a' || !isConsonantAt(s, i - 1)) {
                continue;
            }
            boolean wordEnd = i + 1 >= s.length() || !Character.isLetter(s.charAt(i + 1));
            if (wordEnd) {
                if (i >= 2 && Character.isLetter(s.charAt(i - 2))) {
                    s.deleteCharAt(i);
                }
                continue;
            }
            int before = consonantUnitStart(s, i - 1) - 1;
            int afterConsonant = consonantUnitEnd(s, i + 1);
            if (before >= 0 && isVowelAt(s, before) && afterConsonant > i + 1
                    && afterConsonant < s.length() && isVowelAt(s, afterConsonant)) {
                s.deleteCharAt(i);
            }
        }
        return s.toString();
    }

    private static boolean isVowelAt(CharSequence s, int i) {
        char base = baseLetter(s.charAt(i));
        return base == 'a' || base == 'e' || base == 'i' || base == 'o' || base == 'u';
    }

    private static boolean isConsonantAt(CharSequence s, int i) {
        char c = s.charAt(i);
        return Character.isLetter(c) && !isVowelAt(s, i);
    }

    /** Start index of a consonant written as one letter or a letter plus h (kh, gh ...), ending at {@code end}. */
    private static int consonantUnitStart(CharSequence s, int end) {
        if (s.charAt(end) == 'h' && end >= 1 && isConsonantAt(s, end - 1)) {
            return end - 1;
        }
        return end;
    }

    /** Index just after a single consonant unit starting at {@code start}, or {@code start} if none. */
    private static int consonantUnitEnd(CharSequence s, int start) {
        if (start >= s.length() || !isConsonantAt(s, start) || s.charAt(start) == 'h' && start == 0) {
            return start;
        }
        int end = start + 1;
        if (end < s.length() && s.charAt(end) == 'h') {
            end++;
        }
        return end;
    }

    private static char baseLetter(char c) {
        return switch (c) {
            case 'ā', 'â', 'á', 'à' -> 'a';
            case 'ī', 'í', 'ì', 'î' -> 'i';
            case 'ū', 'ú', 'ù', 'û' -> 'u';
            case 'ē', 'é', 'è', 'ê' -> 'e';
            case 'ō', 'ó', 'ò', 'ô' -> 'o';
            default -> c;
        };
    }
}

package org.lantern.linkage.normalise;

/**
 * Phonetic key for South Asian names written in Latin letters (after transliteration).
 *
 * <p>Definition: a left-to-right rewrite that folds the spelling variation of Indian and Bangladeshi
 * names in romanised form: {@code ksh/ks -> x}; aspirated consonants lose the h ({@code kh gh ch jh th dh bh ph->f
 * sh->s}); {@code v w b -> b}; {@code z -> j}; {@code q -> k}; long vowels fold ({@code aa->a ee ii->i oo uu->u
 * ai->e au->o}); doubled letters collapse; a nasal before a consonant becomes {@code n} (anusvara is romanised as
 * m or n); an {@code h} after a vowel and before a consonant or at the end is dropped; a final {@code a} is dropped
 * (the inherent vowel, and Pooja/Puj, Rama/Ram). In the spirit of Soundex (Russell 1918) and the Indic
 * phonetic rules of Chaudhuri &amp; Bhattacharya's work on Bengali/Hindi name matching, but keeps vowels so
 * that blocks stay small.
 *
 * <p>Time O(n), space O(n) for a token of n letters. Pure function; thread-safe.
 */
public final class PhoneticKey {

    private PhoneticKey() {
    }

    /**
     * Computes the key of one token of lower-case ASCII letters (other characters are kept as they are).
     *
     * @param token lower-case ASCII token
     * @return its phonetic key; empty for an empty token
     */
    public static String of(String token) {
        java.util.Objects.requireNonNull(token, "token must not be null");
        int n = token.length();
        StringBuilder folded = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            char c = token.charAt(i);
            char next = i + 1 < n ? token.charAt(i + 1) : 0;
            char afterNext = i + 2 < n ? token.charAt(i + 2) : 0;
            if (c == 'k' && next == 's') {
                folded.append('x');
                i += afterNext == 'h' ? 3 : 2;
                continue;
            }
            if (next == 'h' && isAspirable(c)) {
                folded.append(aspirateOf(c));
                i += (c == 'c' && afterNext == 'h') ? 3 : 2; // chh
                continue;
            }
            if (c == 'c' && next == 'c' && afterNext == 'h') { // cch as in Acchhelal
                folded.append('c');
                i += 3;
                continue;
            }
            if (isVowel(c) && isVowel(next)) {
                char merged = mergeVowels(c, next);
                if (merged != 0) {
                    folded.append(merged);
                    i += 2;
                    continue;
                }
            }
            folded.append(mapLetter(c));
            i++;
        }
        return finish(folded);
    }

    private static String finish(StringBuilder s) {
        StringBuilder single = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (single.isEmpty() || single.charAt(single.length() - 1) != s.charAt(i)) {
                single.append(s.charAt(i)); // doubled letters
            }
        }
        StringBuilder out = new StringBuilder(single.length());
        for (int i = 0; i < single.length(); i++) {
            char c = single.charAt(i);
            char prev = out.isEmpty() ? 0 : out.charAt(out.length() - 1);
            char next = i + 1 < single.length() ? single.charAt(i + 1) : 0;
            if (c == 'h' && isVowel(prev) && !isVowel(next)) {
                continue; // Shah/Sha, Shahnaz/Shanaz
            }
            if (c == 'm' && isNasalisedStop(next) && !out.isEmpty()) {
                c = 'n'; // anusvara before a stop is written m or n
            }
            if (c == prev) {
                continue;
            }
            out.append(c);
        }
        int len = out.length();
        if (len > 2 && out.charAt(len - 1) == 'a') {
            out.setLength(len - 1);
        }
        return out.toString();
    }

    private static boolean isNasalisedStop(char c) {
        return c == 'k' || c == 'g' || c == 'c' || c == 'j' || c == 't' || c == 'd' || c == 'x';
    }

    private static boolean isAspirable(char c) {
        return switch (c) {
            case 'k', 'g', 'c', 'j', 't', 'd', 'p', 'b', 's', 'z', 'r' -> true;
            default -> false;
        };
    }

    private static char aspirateOf(char c) {
        return switch (c) {
            case 'p' -> 'f';
            case 'b' -> 'b';
            case 'z' -> 'j';
            default -> c;
        };
    }

    private static char mergeVowels(char a, char b) {
        if (a == b) {
            return switch (a) {
                case 'e', 'i' -> 'i';
                case 'o', 'u' -> 'u';
                default -> 'a';
            };
        }
        if (a == 'a' && b == 'i') {
            return 'e';
        }
        if (a == 'a' && b == 'u') {
            return 'o';
        }
        return 0;
    }

    private static char mapLetter(char c) {
        return switch (c) {
            case 'v', 'w' -> 'b';
            case 'z' -> 'j';
            case 'q' -> 'k';
            default -> c;
        };
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

}

package org.lantern.cases;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Map;

import com.ibm.icu.text.Transliterator;

/**
 * Turns a name in any script into a lower-case ASCII search key, so "Puja", "पूजा" and "পূজা" meet on
 * "puja". Trigram similarity over the key absorbs the remaining spelling differences (Pooja, Puja).
 */
public final class NameSearchKeys {

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

    private NameSearchKeys() {
    }

    /** The script most of the name's letters are written in. */
    public static NameScript detectScript(String name) {
        Map<NameScript, Integer> counts = new EnumMap<>(NameScript.class);
        name.codePoints().filter(Character::isLetter).forEach(cp -> counts.merge(scriptOf(cp), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(NameScript.OTHER);
    }

    private static NameScript scriptOf(int codePoint) {
        return switch (Character.UnicodeScript.of(codePoint)) {
            case LATIN -> NameScript.LATIN;
            case DEVANAGARI -> NameScript.DEVANAGARI;
            case BENGALI -> NameScript.BENGALI;
            default -> NameScript.OTHER;
        };
    }

    /** The search key of a name: transliterated, lower case, only letters and single spaces. */
    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String trimmed = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        StringBuilder key = new StringBuilder();
        for (String word : trimmed.split("[\\s\\p{Punct}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String latin = TO_LATIN.get().transliterate(word).replaceAll("[^a-z]", "");
            // Hindi and Bengali usually drop the final inherent vowel: "राम" is said "Ram", not "Rama".
            if (endsWithBareConsonant(word) && latin.length() > 2 && latin.endsWith("a")) {
                latin = latin.substring(0, latin.length() - 1);
            }
            latin = fold(latin);
            if (!latin.isEmpty()) {
                if (!key.isEmpty()) {
                    key.append(' ');
                }
                key.append(latin);
            }
        }
        return key.toString();
    }

    /**
     * Folds spellings that South Asian names are commonly written with interchangeably (Pooja/Puja,
     * Lakshmi/Laxmi, Vikram/Bikram, Anjali/Anjalee, Mausumi/Mousumi), so that both sides of a comparison agree.
     * Stored keys are folded too: a new rule needs a migration that applies it to {@code person_name.search_key}.
     */
    static String fold(String word) {
        String folded = word
                .replace("ksh", "x").replace("ks", "x")
                .replace("ph", "f").replace("sh", "s").replace("th", "t").replace("dh", "d").replace("bh", "b")
                .replace("kh", "k").replace("gh", "g").replace("ch", "c").replace("jh", "j")
                .replace("ee", "i").replace("oo", "u").replace("aa", "a")
                // Bengali ঔ/ৌ is written "ou" (Mousumi, Gouri) as often as "au" (Mausumi, Gauri).
                .replace("au", "ou")
                .replace('w', 'b').replace('v', 'b').replace('z', 'j').replace('q', 'k')
                .replaceAll("m(?=[kg])", "n")
                .replaceAll("(.)\\1+", "$1");
        return folded.endsWith("y") && folded.length() > 2 ? folded.substring(0, folded.length() - 1) + "i" : folded;
    }

    private static boolean endsWithBareConsonant(String word) {
        int last = word.codePointBefore(word.length());
        Character.UnicodeScript script = Character.UnicodeScript.of(last);
        return (script == Character.UnicodeScript.DEVANAGARI || script == Character.UnicodeScript.BENGALI)
                && Character.getType(last) == Character.OTHER_LETTER && !isIndependentVowel(last);
    }

    private static boolean isIndependentVowel(int cp) {
        return (cp >= 0x0904 && cp <= 0x0914) || (cp >= 0x0985 && cp <= 0x0994);
    }
}

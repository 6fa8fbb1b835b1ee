package org.lantern.cases;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How a case matches a searched name, as SQL over {@code survivor_case c}. Two kinds of match:
 * <ul>
 * <li><b>exact</b>: every word of the query's search key is a word of one of the person's names
 * ({@code case_name_token}). Search keys fold the usual spellings and scripts ("Pooja", "पूजा" → "puja"), so this
 * is already most matches, and the token index walks them newest first and stops after a page;
 * <li><b>similar</b>: trigram word similarity between the query key and a name's key (misspellings, longer
 * forms), ranked by similarity. Costs a ranking of every similar name, so searches read these only after the
 * exact matches.
 * </ul>
 */
record NameMatch(String key, List<String> words) {

    static NameMatch of(String name) {
        String key = name == null ? "" : NameSearchKeys.of(name);
        // Longest word first: it is usually the rarest, so the token index range walked is the shortest.
        List<String> words = Arrays.stream(key.split(" ")).filter(w -> !w.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        return new NameMatch(key, words);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** Parameters of the conditions; only for a name that is not {@link #isEmpty()}. */
    Map<String, Object> params() {
        return Map.of("nameKey", key, "nameWords", words.toArray(String[]::new), "nameFirstWord", words.getFirst());
    }

    /** Every query word is a word of the person's names; {@code t} is the token row of the longest word. */
    String exactFrom() {
        return "case_name_token t JOIN survivor_case c ON c.id = t.case_id";
    }

    String exactWhere() {
        return "t.token = :nameFirstWord AND t.words @> CAST(:nameWords AS text[])";
    }

    /** The exact match as a condition on {@code c}, for queries that do not start from the token index. */
    String exactCondition() {
        return "EXISTS (SELECT 1 FROM case_name_token w WHERE w.case_id = c.id AND w.token = :nameFirstWord"
                + " AND w.words @> CAST(:nameWords AS text[]))";
    }

    /** Cases with a similar name, each with {@code m.score}: the best word similarity of the person's names. */
    String similarFrom() {
        return """
                survivor_case c
                  JOIN (SELECT person_id, max(word_similarity(:nameKey, search_key)) AS score
                          FROM person_name WHERE :nameKey <% search_key GROUP BY person_id) m
                    ON m.person_id = c.person_id""";
    }

    /** Trigram word similarity with any of the person's names (the {@code <%} operator, GIN-indexed). */
    String similarCondition() {
        return "EXISTS (SELECT 1 FROM person_name n WHERE n.person_id = c.person_id AND :nameKey <% n.search_key)";
    }

    /** Exact or similar: what an export selects, the same cases a search lists. */
    String anyCondition() {
        return "(" + exactCondition() + " OR " + similarCondition() + ")";
    }
}

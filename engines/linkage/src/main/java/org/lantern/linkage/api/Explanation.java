package org.lantern.linkage.api;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a pair got its score: per-field levels and their log2 Bayes factors, the prior, the total and the probability.
 *
 * @param contributions one entry per compared field, in {@link Field} order
 * @param priorWeight   log2(lambda / (1 - lambda)), the prior odds of a candidate pair being a match
 * @param totalWeight   priorWeight plus the sum of the contributions
 * @param probability   2^total / (1 + 2^total)
 */
public record Explanation(List<FieldContribution> contributions, double priorWeight, double totalWeight,
                          double probability) implements Serializable {

    public Explanation {
        contributions = List.copyOf(contributions);
    }

    /** The contribution of one field, or {@code null} when the field is not compared by the model. */
    public FieldContribution of(Field field) {
        for (FieldContribution c : contributions) {
            if (c.field() == field) {
                return c;
            }
        }
        return null;
    }

    /** One line for logs and reviewer screens, e.g. {@code NAME=PHONETIC(+9.1) SEX=EXACT(+0.4) ...}. */
    @Override
    public String toString() {
        return contributions.stream()
                .map(c -> String.format(java.util.Locale.ROOT, "%s=%s(%+.1f)", c.field(), c.level(), c.weight()))
                .collect(Collectors.joining(" ", "", String.format(java.util.Locale.ROOT,
                        " prior=%+.1f total=%+.1f p=%.3f", priorWeight, totalWeight, probability)));
    }
}

package org.lantern.linkage.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * A compared pair with its match probability and explanation.
 *
 * @param leftId      id of the first record (the missing report, in linkage)
 * @param rightId     id of the second record (the found person, in linkage)
 * @param probability match probability in [0, 1]
 * @param explanation per-field reasons
 */
public record ScoredPair(String leftId, String rightId, double probability, Explanation explanation)
        implements Serializable {

    public ScoredPair {
        Objects.requireNonNull(leftId, "leftId must not be null");
        Objects.requireNonNull(rightId, "rightId must not be null");
        Objects.requireNonNull(explanation, "explanation must not be null");
    }

    /** Total match weight in bits. */
    public double weight() {
        return explanation.totalWeight();
    }
}

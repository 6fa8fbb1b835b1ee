package org.lantern.linkage.api;

import java.util.Objects;

/**
 * A pair a reviewer confirmed as the same person or rejected, used to refine a {@link LinkageModel}.
 *
 * @param left  first record (missing report in linkage)
 * @param right second record (found person in linkage)
 * @param match {@code true} if confirmed as the same person
 */
public record LabelledPair(Record left, Record right, boolean match) {
    public LabelledPair {
        Objects.requireNonNull(left, "left record must not be null");
        Objects.requireNonNull(right, "right record must not be null");
    }
}

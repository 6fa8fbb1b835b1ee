package org.lantern.linkage.api;

import java.io.Serializable;

/**
 * What one field did to the match weight of a pair.
 *
 * @param field  the field
 * @param level  its comparison level
 * @param weight contribution to the match weight, log2(m / u) (after term-frequency adjustment)
 */
public record FieldContribution(Field field, Level level, double weight) implements Serializable {
}

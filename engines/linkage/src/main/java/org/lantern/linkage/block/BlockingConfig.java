package org.lantern.linkage.block;

/**
 * Limits of blocking. A query skips a block with more records than the cap of its rule, then takes its blocks
 * smallest first (the most specific evidence) until the candidate budget is spent, so the cost of a query is
 * bounded whatever the table size, while a rare name still gets every block.
 *
 * @param maxSingleTokenBlock cap for rules keyed on one token (common given names exceed it at scale)
 * @param maxCombinedBlock    cap for rules keyed on two values
 * @param candidateBudget     postings a query gathers at most (before removing duplicates); a first block
 *                            larger than the budget is still taken
 */
public record BlockingConfig(int maxSingleTokenBlock, int maxCombinedBlock, int candidateBudget)
        implements java.io.Serializable {

    public static final BlockingConfig DEFAULT = new BlockingConfig(60, 400, 200);

    public BlockingConfig {
        if (maxSingleTokenBlock < 1 || maxCombinedBlock < 1 || candidateBudget < 1) {
            throw new IllegalArgumentException("block caps and budget must be positive");
        }
    }

    public int capOf(BlockingRule rule) {
        return rule.single() ? maxSingleTokenBlock : maxCombinedBlock;
    }
}

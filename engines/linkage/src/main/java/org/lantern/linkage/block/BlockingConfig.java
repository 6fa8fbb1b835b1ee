package org.lantern.linkage.block;

/**
 * Limits of blocking. A query skips a block with more records than the cap of its rule, then takes its blocks
 * smallest first (the most specific evidence) until the candidate budget is spent, so the cost of a query is
 * bounded whatever the table size, while a rare name still gets every block.
 *
 * @param maxSingleTokenBlock cap for rules keyed on one token (common given names exceed it at scale)
 * @param maxCombinedBlock    cap for rules keyed on two values
 * @param candidateBudget     what a query gathers at most; a first block larger than the budget is still taken
 * @param budgetInDistinct    how the budget is counted: false, in postings (duplicates included, so a block whose
 *                            records were already gathered still costs its size); true, in distinct candidates (a
 *                            block costs only the records it adds; the block that would take the count over the
 *                            budget is not taken and gathering stops there)
 */
public record BlockingConfig(int maxSingleTokenBlock, int maxCombinedBlock, int candidateBudget,
                             boolean budgetInDistinct) implements java.io.Serializable {

    /**
     * Caps 60 and 400, a budget of 130 distinct candidates. (Until recently 200 postings: about the same number of
     * candidates at 200 000 records, more of them different records, recall@10 on the 10k South Asian set 0.945 →
     * 0.951; see docs/engines/linkage.md.)
     */
    public static final BlockingConfig DEFAULT = new BlockingConfig(60, 400, 130, true);

    public BlockingConfig {
        if (maxSingleTokenBlock < 1 || maxCombinedBlock < 1 || candidateBudget < 1) {
            throw new IllegalArgumentException("block caps and budget must be positive");
        }
    }

    /** A budget counted in postings. */
    public BlockingConfig(int maxSingleTokenBlock, int maxCombinedBlock, int candidateBudget) {
        this(maxSingleTokenBlock, maxCombinedBlock, candidateBudget, false);
    }

    /** The same caps with another budget, counted in postings ({@code distinct} false) or distinct candidates. */
    public BlockingConfig withBudget(int budget, boolean distinct) {
        return new BlockingConfig(maxSingleTokenBlock, maxCombinedBlock, budget, distinct);
    }

    public int capOf(BlockingRule rule) {
        return rule.single() ? maxSingleTokenBlock : maxCombinedBlock;
    }
}

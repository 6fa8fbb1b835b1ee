package org.lantern.linkage.block;

/**
 * Block size caps: a query skips a block with more records than the cap of its rule.
 *
 * @param maxSingleTokenBlock cap for rules keyed on one token (common given names exceed it at scale)
 * @param maxCombinedBlock    cap for rules keyed on two values
 */
public record BlockingConfig(int maxSingleTokenBlock, int maxCombinedBlock) implements java.io.Serializable {

    public static final BlockingConfig DEFAULT = new BlockingConfig(60, 400);

    public BlockingConfig {
        if (maxSingleTokenBlock < 1 || maxCombinedBlock < 1) {
            throw new IllegalArgumentException("block caps must be positive");
        }
    }

    public int capOf(BlockingRule rule) {
        return rule.single() ? maxSingleTokenBlock : maxCombinedBlock;
    }
}

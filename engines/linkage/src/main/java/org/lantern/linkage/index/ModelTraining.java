package org.lantern.linkage.index;

import org.lantern.linkage.api.LinkageModel;
import org.lantern.linkage.api.Record;
import org.lantern.linkage.block.BlockingConfig;
import org.lantern.linkage.compare.PreparedRecord;
import org.lantern.linkage.compare.RecordPreparer;
import org.lantern.linkage.score.ModelEstimator;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds models from data without labels: prepares the records, indexes the right table for blocking, and runs
 * {@link ModelEstimator}. Time O(n) plus the EM sample.
 */
public final class ModelTraining {

    private ModelTraining() {
    }

    /** A model for linking missing reports (left) to found persons (right). */
    public static LinkageModel forLinkage(List<Record> missing, List<Record> found) {
        Objects.requireNonNull(missing, "missing records must not be null");
        Objects.requireNonNull(found, "found records must not be null");
        List<PreparedRecord> left = prepare(missing);
        List<PreparedRecord> right = prepare(found);
        LinkageIndex index = new LinkageIndex(placeholder(true), BlockingConfig.DEFAULT);
        index.addAllPrepared(right);
        return estimate(left, right, index, true, ModelEstimator.Options.DEFAULT);
    }

    /** A model for finding duplicates within one table. */
    public static LinkageModel forDeduplication(List<Record> records) {
        Objects.requireNonNull(records, "records must not be null");
        List<PreparedRecord> prepared = prepare(records);
        LinkageIndex index = new LinkageIndex(placeholder(false), BlockingConfig.DEFAULT);
        index.addAllPrepared(prepared);
        return estimate(prepared, prepared, index, false, ModelEstimator.Options.DEFAULT);
    }

    /**
     * Estimates a model given prepared tables and an index over the right table (whose slots are the positions in
     * {@code right}).
     */
    public static LinkageModel estimate(List<PreparedRecord> left, List<PreparedRecord> right, LinkageIndex rightIndex,
                                        boolean directional, ModelEstimator.Options options) {
        return ModelEstimator.estimate(left, right, directional,
                slot -> rightIndex.candidateSlots(left.get(slot)), options);
    }

    /** Normalises records in parallel. */
    public static List<PreparedRecord> prepare(List<Record> records) {
        return records.parallelStream().map(RecordPreparer::prepare).toList();
    }

    /** A neutral model, used while an index is being filled before estimation. */
    public static LinkageModel placeholder(boolean directional) {
        double[][] half = new double[org.lantern.linkage.api.Field.all().length][org.lantern.linkage.api.Level.SCORED];
        for (double[] row : half) {
            java.util.Arrays.fill(row, 0.2);
        }
        return new LinkageModel(directional, half, half, 0.5, 0.5, Map.of(), 1e-6f);
    }
}

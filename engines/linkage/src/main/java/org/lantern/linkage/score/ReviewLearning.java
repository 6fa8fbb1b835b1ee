package org.lantern.linkage.score;

import org.lantern.linkage.api.Field;
import org.lantern.linkage.api.LabelledPair;
import org.lantern.linkage.api.Level;
import org.lantern.linkage.api.LinkageModel;
import org.lantern.linkage.compare.Comparison;
import org.lantern.linkage.compare.PairComparator;
import org.lantern.linkage.compare.RecordPreparer;

import java.util.Collection;
import java.util.Objects;

/**
 * Refines m and u with pairs that reviewers confirmed or rejected: a conjugate (Dirichlet) update in which the
 * current model counts as {@code priorStrength} pseudo-pairs per field. Confirmed pairs update m, rejected pairs u.
 * Time O(n) for n labelled pairs; returns a new model, the input is unchanged.
 */
public final class ReviewLearning {

    private ReviewLearning() {
    }

    /**
     * @param model         current model
     * @param reviewed      confirmed and rejected pairs (left = missing, right = found in linkage)
     * @param priorStrength weight of the current parameters in pseudo-pairs, e.g. 50
     * @return the updated model
     */
    public static LinkageModel learn(LinkageModel model, Collection<LabelledPair> reviewed, double priorStrength) {
        Objects.requireNonNull(model, "model must not be null");
        Objects.requireNonNull(reviewed, "reviewed pairs must not be null");
        if (priorStrength <= 0) {
            throw new IllegalArgumentException("prior strength must be positive");
        }
        int fields = Field.all().length;
        double[][] mCounts = new double[fields][Level.SCORED];
        double[][] uCounts = new double[fields][Level.SCORED];
        Comparison c = new Comparison();
        for (LabelledPair pair : reviewed) {
            PairComparator.compare(model, RecordPreparer.prepare(pair.left()), RecordPreparer.prepare(pair.right()), c);
            double[][] target = pair.match() ? mCounts : uCounts;
            for (int f = 0; f < fields; f++) {
                int l = c.levelOrdinal(f);
                if (l < Level.SCORED) {
                    target[f][l]++;
                }
            }
        }
        return model.withParameters(blend(model.mMatrix(), mCounts, priorStrength),
                blend(model.uMatrix(), uCounts, priorStrength), model.lambda());
    }

    private static double[][] blend(double[][] prior, double[][] counts, double strength) {
        double[][] out = new double[prior.length][Level.SCORED];
        for (int f = 0; f < prior.length; f++) {
            double n = 0;
            for (double x : counts[f]) {
                n += x;
            }
            for (int l = 0; l < Level.SCORED; l++) {
                out[f][l] = (prior[f][l] * strength + counts[f][l]) / (strength + n);
            }
        }
        return out;
    }
}

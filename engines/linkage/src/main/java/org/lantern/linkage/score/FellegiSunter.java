package org.lantern.linkage.score;

import org.lantern.linkage.api.Explanation;
import org.lantern.linkage.api.Field;
import org.lantern.linkage.api.FieldContribution;
import org.lantern.linkage.api.Level;
import org.lantern.linkage.api.LinkageModel;
import org.lantern.linkage.api.Record;
import org.lantern.linkage.api.ScoredPair;
import org.lantern.linkage.compare.Comparison;
import org.lantern.linkage.compare.PairComparator;
import org.lantern.linkage.compare.PreparedRecord;
import org.lantern.linkage.compare.RecordPreparer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Fellegi–Sunter scoring (Fellegi &amp; Sunter 1969): the match weight of a pair is the prior log-odds plus, for
 * every field, log2(m/u) of its comparison level; a missing value adds 0. For name fields that agree, u is replaced
 * by the frequency of the agreeing tokens (term-frequency adjustment, Winkler 1989). The probability is
 * 2^w / (1 + 2^w).
 *
 * <p>Every method is a pure function of (model, left, right). Time O(t²·l) per pair (see {@link PairComparator}).
 */
public final class FellegiSunter {

    private FellegiSunter() {
    }

    /** Total match weight in bits, prior included. {@code scratch} is overwritten. */
    public static double weight(LinkageModel model, PreparedRecord left, PreparedRecord right, Comparison scratch) {
        PairComparator.compare(model, left, right, scratch);
        return weightOf(model, scratch);
    }

    /** Total weight of an already computed comparison. */
    public static double weightOf(LinkageModel model, Comparison comparison) {
        double total = model.priorWeight();
        for (int f = 0; f < Field.all().length; f++) {
            total += contribution(model, comparison, f);
        }
        return total;
    }

    private static double contribution(LinkageModel model, Comparison c, int field) {
        int level = c.levelOrdinal(field);
        if (level == Level.MISSING.ordinal()) {
            return 0.0;
        }
        double adjustedU = c.adjustedU(field);
        return Double.isNaN(adjustedU) ? model.weight(field, level) : model.adjustedWeight(field, level, adjustedU);
    }

    /** Match probability of a pair of prepared records. */
    public static double probability(LinkageModel model, PreparedRecord left, PreparedRecord right) {
        return LinkageModel.probability(weight(model, left, right, new Comparison()));
    }

    /** Per-field explanation of a pair. */
    public static Explanation explain(LinkageModel model, PreparedRecord left, PreparedRecord right) {
        Objects.requireNonNull(model, "model must not be null");
        Comparison c = new Comparison();
        PairComparator.compare(model, left, right, c);
        List<FieldContribution> parts = new ArrayList<>(Field.all().length);
        double total = model.priorWeight();
        for (Field field : Field.all()) {
            if (field == Field.EVENT_ORDER && !model.directional()) {
                continue;
            }
            double w = contribution(model, c, field.ordinal());
            parts.add(new FieldContribution(field, c.level(field), w));
            total += w;
        }
        return new Explanation(parts, model.priorWeight(), total, LinkageModel.probability(total));
    }

    /** Scores two prepared records into a {@link ScoredPair} with its explanation. */
    public static ScoredPair score(LinkageModel model, PreparedRecord left, PreparedRecord right) {
        Explanation e = explain(model, left, right);
        return new ScoredPair(left.id(), right.id(), e.probability(), e);
    }

    /** Scores two raw records (normalising both): the function to call from a server or a cluster job. */
    public static ScoredPair score(LinkageModel model, Record left, Record right) {
        return score(model, RecordPreparer.prepare(left), RecordPreparer.prepare(right));
    }
}

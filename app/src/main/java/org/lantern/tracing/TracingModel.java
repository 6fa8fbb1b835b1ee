package org.lantern.tracing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lantern.linkage.api.Field;
import org.lantern.linkage.api.LabelledPair;
import org.lantern.linkage.api.Level;
import org.lantern.linkage.api.LinkageModel;
import org.lantern.linkage.api.Record;
import org.lantern.linkage.compare.PreparedRecord;
import org.lantern.linkage.index.ModelTraining;
import org.lantern.linkage.score.ModelEstimator;
import org.lantern.linkage.score.ReviewLearning;

/**
 * The scoring model of tracing: a starting model set from field experience, then refined by every confirmed
 * or rejected pair (the engine's review learning). The starting model rather than unsupervised estimation,
 * because a new office starts with a few dozen records, too few for EM.
 */
public final class TracingModel {

    /** Weight of the starting parameters, in pseudo-pairs per field. */
    static final double PRIOR_STRENGTH = 50;

    private final LinkageModel start;
    private final List<LabelledPair> reviewed = new ArrayList<>();
    private LinkageModel current;

    public TracingModel(Map<String, Float> tokenFrequencies, int population) {
        this.start = startingModel(tokenFrequencies, population);
        this.current = start;
    }

    /** A model whose name frequencies are those of the given records (all names of both sides). */
    public static TracingModel of(List<Record> records, int population) {
        List<PreparedRecord> prepared = ModelTraining.prepare(records);
        return new TracingModel(ModelEstimator.tokenFrequencies(prepared, List.of()), population);
    }

    public synchronized LinkageModel current() {
        return current;
    }

    /** Adds reviewed pairs and returns the refined model. */
    public synchronized LinkageModel learn(List<LabelledPair> pairs) {
        reviewed.addAll(pairs);
        current = reviewed.isEmpty() ? start : ReviewLearning.learn(start, reviewed, PRIOR_STRENGTH);
        return current;
    }

    public synchronized int reviewedPairs() {
        return reviewed.size();
    }

    /**
     * m and u per field and level (EXACT, PHONETIC, FUZZY_HIGH, FUZZY_LOW, DISAGREE). u reflects chance
     * agreement between two different children from the same source regions; m allows for spellings, scripts,
     * estimated ages and districts misremembered by a frightened child.
     */
    static LinkageModel startingModel(Map<String, Float> tokenFrequencies, int population) {
        double[][] m = new double[Field.all().length][];
        double[][] u = new double[Field.all().length][];
        set(m, u, Field.NAME, new double[] {.40, .30, .15, .08, .07}, new double[] {.001, .004, .01, .04, .945});
        set(m, u, Field.FATHER_NAME, new double[] {.35, .25, .15, .10, .15}, new double[] {.001, .004, .01, .04, .945});
        set(m, u, Field.SEX, new double[] {.97, 0, 0, 0, .03}, new double[] {.5, 0, 0, 0, .5});
        set(m, u, Field.AGE, new double[] {.55, 0, .30, .10, .05}, new double[] {.10, 0, .15, .20, .55});
        set(m, u, Field.EVENT_ORDER, new double[] {.98, 0, 0, 0, .02}, new double[] {.5, 0, 0, 0, .5});
        set(m, u, Field.HOME_DISTRICT, new double[] {.55, .10, .10, .05, .20}, new double[] {.02, .005, .01, .02, .945});
        set(m, u, Field.HOME_STATE, new double[] {.80, 0, .05, 0, .15}, new double[] {.15, 0, .05, 0, .80});
        set(m, u, Field.PHONE, new double[] {.70, 0, .10, 0, .20}, new double[] {.0001, 0, .001, 0, .9989});
        set(m, u, Field.DATE_OF_BIRTH, new double[] {.50, 0, .20, .10, .20}, new double[] {.001, 0, .01, .05, .939});
        set(m, u, Field.ADDRESS, new double[] {.40, .15, .15, .10, .20}, new double[] {.001, .005, .01, .03, .954});
        float unseen = 1f / Math.max(10, population);
        return new LinkageModel(true, m, u, 1e-4, 0.5, tokenFrequencies, unseen);
    }

    private static void set(double[][] m, double[][] u, Field field, double[] mRow, double[] uRow) {
        if (mRow.length != Level.SCORED || uRow.length != Level.SCORED) {
            throw new IllegalArgumentException("one value per scored level for " + field);
        }
        m[field.ordinal()] = mRow;
        u[field.ordinal()] = uRow;
    }
}

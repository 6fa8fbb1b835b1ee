package org.lantern.linkage.index;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lantern.linkage.TestData;
import org.lantern.linkage.api.Field;
import org.lantern.linkage.api.Level;
import org.lantern.linkage.api.LinkageModel;
import org.lantern.linkage.block.BlockingConfig;
import org.lantern.linkage.compare.Comparison;
import org.lantern.linkage.compare.PreparedRecord;
import org.lantern.linkage.score.FellegiSunter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Top-k search that cuts candidates by their weight bound returns what scoring every candidate returns. */
class TopKPruningTest {

    private record Ranked(int slot, double weight) {
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 11, 23})
    void sameResultAsScoringEveryCandidate(long seed) {
        TestData data = new TestData(500, 400, 150, seed);
        List<PreparedRecord> missing = ModelTraining.prepare(data.missing);
        List<PreparedRecord> found = ModelTraining.prepare(data.found);
        LinkageIndex index = new LinkageIndex(ModelTraining.placeholder(true), BlockingConfig.DEFAULT);
        index.addAllPrepared(found.subList(0, 300));
        found.subList(300, 400).forEach(index::addPrepared); // the incremental part has summaries too
        index.remove(found.get(5).id());
        LinkageModel trained = ModelTraining.estimate(missing, found, index, true,
                org.lantern.linkage.score.ModelEstimator.Options.DEFAULT);
        for (LinkageModel model : List.of(trained, shuffled(trained, seed))) {
            int cut = 0;
            Comparison scratch = new Comparison();
            for (int k : new int[] {1, 3, 10}) {
                for (PreparedRecord query : missing) {
                    int[] slots = new int[k];
                    double[] weights = new double[k];
                    int n = index.topK(model, query, k, slots, weights, scratch);
                    List<Ranked> expected = bruteForce(index, model, query, k);
                    assertThat(n).isEqualTo(expected.size());
                    for (int i = 0; i < n; i++) {
                        assertThat(slots[i]).as("rank %d of %s", i, query.id()).isEqualTo(expected.get(i).slot());
                        assertThat(weights[i]).isEqualTo(expected.get(i).weight());
                    }
                }
            }
            cut += (int) (index.comparisonCount() - index.scoredCount());
            assertThat(cut).as("some candidates are never scored").isPositive();
        }
    }

    private static List<Ranked> bruteForce(LinkageIndex index, LinkageModel model, PreparedRecord query, int k) {
        List<Ranked> all = new ArrayList<>();
        for (int slot : index.candidateSlots(query)) {
            PreparedRecord other = index.record(slot);
            if (!other.id().equals(query.id())) {
                all.add(new Ranked(slot, FellegiSunter.weight(model, query, other, new Comparison())));
            }
        }
        all.sort(Comparator.comparingDouble(Ranked::weight).reversed().thenComparingInt(Ranked::slot));
        return all.subList(0, Math.min(k, all.size()));
    }

    /** The trained model with its m and u perturbed, so that the bound is tested away from one model's weights. */
    private static LinkageModel shuffled(LinkageModel model, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] m = model.mMatrix();
        double[][] u = model.uMatrix();
        for (int f = 0; f < Field.all().length; f++) {
            for (int l = 0; l < Level.SCORED; l++) {
                m[f][l] *= 0.2 + random.nextDouble() * 3;
                u[f][l] *= 0.2 + random.nextDouble() * 3;
            }
        }
        return model.withParameters(m, u, model.lambda());
    }
}

package org.lantern.linkage.index;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantern.linkage.TestData;
import org.lantern.linkage.block.BlockingConfig;
import org.lantern.linkage.compare.PreparedRecord;
import org.lantern.linkage.compare.RecordPreparer;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The candidate budget counted in postings or in distinct candidates. */
class CandidateBudgetTest {

    private static TestData data;

    @BeforeAll
    static void generate() {
        data = new TestData(600, 400, 150, 11);
    }

    private static LinkageIndex index(BlockingConfig blocking) {
        LinkageIndex index = new LinkageIndex(ModelTraining.placeholder(true), blocking);
        index.addAll(data.found);
        return index;
    }

    @Test
    void aDistinctBudgetGathersAtLeastThePostingsBudgetsCandidatesAndNoMoreThanItsBudget() {
        int budget = 20;
        LinkageIndex postings = index(new BlockingConfig(60, 400, budget));
        LinkageIndex distinct = index(new BlockingConfig(60, 400, budget, true));
        LinkageIndex larger = index(new BlockingConfig(60, 400, 2 * budget, true));
        int grew = 0;
        for (var record : data.missing) {
            PreparedRecord query = RecordPreparer.prepare(record);
            int[] p = postings.candidateSlots(query);
            int[] d = distinct.candidateSlots(query);
            int[] l = larger.candidateSlots(query);
            assertThat(d).contains(p);
            assertThat(l).contains(d);
            if (d.length > budget) {
                // only a first block larger than the budget goes over it
                assertThat(p).containsExactly(d);
            }
            grew += d.length > p.length ? 1 : 0;
        }
        assertThat(grew).as("queries that gained candidates").isPositive();
    }

    @Test
    void aLargeBudgetGivesTheSameCandidatesEitherWay() {
        LinkageIndex postings = index(new BlockingConfig(60, 400, 1_000_000));
        LinkageIndex distinct = index(new BlockingConfig(60, 400, 1_000_000, true));
        for (var record : data.missing.subList(0, 200)) {
            PreparedRecord query = RecordPreparer.prepare(record);
            assertThat(distinct.candidateSlots(query)).containsExactly(postings.candidateSlots(query));
        }
    }

    @Test
    void gatheringTwiceGivesTheSameCandidates() {
        // a block that is not taken must not leave its records marked as gathered for the next query
        LinkageIndex distinct = index(new BlockingConfig(60, 400, 15, true));
        List<PreparedRecord> queries = data.missing.stream().limit(100).map(RecordPreparer::prepare).toList();
        int[][] first = queries.stream().map(distinct::candidateSlots).toArray(int[][]::new);
        for (int i = 0; i < queries.size(); i++) {
            assertThat(distinct.candidateSlots(queries.get(i))).containsExactly(first[i]);
            assertThat(Arrays.stream(first[i]).distinct().count()).isEqualTo(first[i].length);
        }
    }
}

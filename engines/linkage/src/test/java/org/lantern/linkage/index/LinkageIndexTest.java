package org.lantern.linkage.index;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantern.linkage.TestData;
import org.lantern.linkage.api.Field;
import org.lantern.linkage.api.LinkageModel;
import org.lantern.linkage.api.Record;
import org.lantern.linkage.api.ScoredPair;
import org.lantern.linkage.block.BlockingConfig;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LinkageIndexTest {

    private static TestData data;
    private static LinkageModel model;

    @BeforeAll
    static void train() {
        data = new TestData(600, 400, 150, 7);
        model = ModelTraining.forLinkage(data.missing, data.found);
    }

    @Test
    void findsTheTrueCounterpartFirstForMostReports() {
        LinkageIndex index = new LinkageIndex(model, BlockingConfig.DEFAULT);
        index.addAll(data.found);
        int first = 0;
        int listed = 0;
        for (int i = 0; i < data.matches; i++) {
            List<ScoredPair> top = index.query(data.missing.get(i), 10);
            String expected = "F" + i;
            if (!top.isEmpty() && top.get(0).rightId().equals(expected)) {
                first++;
            }
            if (top.stream().anyMatch(p -> p.rightId().equals(expected))) {
                listed++;
            }
        }
        assertThat(listed).isGreaterThan((int) (0.95 * data.matches));
        assertThat(first).isGreaterThan((int) (0.85 * data.matches));
    }

    @Test
    void everyScoredPairIsExplained() {
        LinkageIndex index = new LinkageIndex(model, BlockingConfig.DEFAULT);
        index.addAll(data.found);
        ScoredPair best = index.query(data.missing.get(0), 3).get(0);
        assertThat(best.probability()).isBetween(0.0, 1.0);
        assertThat(best.explanation().of(Field.NAME)).isNotNull();
        double sum = best.explanation().priorWeight() + best.explanation().contributions().stream()
                .mapToDouble(c -> c.weight()).sum();
        assertThat(best.explanation().totalWeight()).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(best.explanation().toString()).contains("NAME=");
    }

    @Test
    void addAndRemoveAreVisibleToQueries() {
        LinkageIndex index = new LinkageIndex(model, BlockingConfig.DEFAULT);
        index.addAll(data.found.subList(150, 400));
        Record missing = data.missing.get(3);
        assertThat(index.query(missing, 10)).noneMatch(p -> p.rightId().equals("F3"));
        index.add(data.found.get(3));
        assertThat(index.query(missing, 10)).anyMatch(p -> p.rightId().equals("F3"));
        assertThat(index.remove("F3")).isTrue();
        assertThat(index.remove("F3")).isFalse();
        assertThat(index.query(missing, 10)).noneMatch(p -> p.rightId().equals("F3"));
        index.remove("F200"); // a record of the bulk part
        assertThat(index.size()).isEqualTo(249);
    }

    @Test
    void modelIsSerializableData() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(model);
        }
        LinkageModel copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (LinkageModel) in.readObject();
        }
        Record a = data.missing.get(1);
        Record b = data.found.get(1);
        assertThat(org.lantern.linkage.score.FellegiSunter.score(copy, a, b).probability())
                .isEqualTo(org.lantern.linkage.score.FellegiSunter.score(model, a, b).probability());
    }
}

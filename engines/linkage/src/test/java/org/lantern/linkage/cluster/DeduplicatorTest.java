package org.lantern.linkage.cluster;

import org.junit.jupiter.api.Test;
import org.lantern.linkage.TestData;
import org.lantern.linkage.api.LinkageModel;
import org.lantern.linkage.api.Record;
import org.lantern.linkage.block.BlockingConfig;
import org.lantern.linkage.compare.PreparedRecord;
import org.lantern.linkage.index.LinkageIndex;
import org.lantern.linkage.index.ModelTraining;
import org.lantern.linkage.score.ModelEstimator;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeduplicatorTest {

    @Test
    void duplicatesOfOnePersonEndInOneCluster() {
        TestData data = new TestData(400, 0, 0, 3);
        List<Record> table = new ArrayList<>(data.missing);
        for (int i = 0; i < 100; i++) {
            // a second report of the same girl: reordered name with another spelling, phone in another format
            Record r = data.missing.get(i);
            String[] name = r.name().split(" ");
            table.add(new Record("D" + i, name[1] + " " + name[0].replace("oo", "u").replace("ee", "i"),
                    r.fatherName(), r.sex(), r.age(), r.eventDate().plusDays(3), r.homeDistrict(), r.homeState(),
                    null, null, r.phone() == null ? null : "+91" + r.phone(), null, null));
        }
        List<PreparedRecord> prepared = ModelTraining.prepare(table);
        LinkageIndex index = new LinkageIndex(ModelTraining.placeholder(false), BlockingConfig.DEFAULT);
        index.addAllPrepared(prepared);
        LinkageModel model = ModelTraining.estimate(prepared, prepared, index, false, ModelEstimator.Options.DEFAULT);
        int[] cluster = Deduplicator.clusters(model, prepared, index, 50);
        int together = 0;
        for (int i = 0; i < 100; i++) {
            if (cluster[i] == cluster[400 + i]) {
                together++;
            }
        }
        assertThat(together).isGreaterThan(80);
        long clusters = java.util.Arrays.stream(cluster).distinct().count();
        assertThat(clusters).isGreaterThan(380);
    }

    @Test
    void unionFindJoinsTransitively() {
        UnionFind sets = new UnionFind(5);
        sets.union(0, 1);
        sets.union(3, 4);
        sets.union(1, 4);
        assertThat(sets.find(0)).isEqualTo(sets.find(3));
        assertThat(sets.find(2)).isNotEqualTo(sets.find(0));
        assertThat(sets.sizeOf(4)).isEqualTo(4);
    }
}

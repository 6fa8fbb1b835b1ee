package org.lantern.linkage.bench;

import org.lantern.linkage.api.LinkageModel;
import org.lantern.linkage.api.Record;
import org.lantern.linkage.api.ScoredPair;
import org.lantern.linkage.block.BlockingConfig;
import org.lantern.linkage.compare.PreparedRecord;
import org.lantern.linkage.index.LinkageIndex;
import org.lantern.linkage.index.ModelTraining;
import org.lantern.linkage.io.RecordCsvReader;
import org.lantern.linkage.score.ModelEstimator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Latency of the incremental index as the application uses it: the found table is indexed, then single missing
 * records query the top 10 with explanations (one thread, as one request), and new records are added and removed.
 * Usage: {@code IndexLatency missing.csv found.csv [queries]}. Prints p50/p95/p99 in milliseconds.
 */
public final class IndexLatency {

    private IndexLatency() {
    }

    public static void main(String[] args) throws IOException {
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        List<Record> missing = new ArrayList<>();
        List<Record> found = new ArrayList<>();
        RecordCsvReader.read(Path.of(args[0]), missing::add, p -> { });
        RecordCsvReader.read(Path.of(args[1]), found::add, p -> { });
        long t0 = System.nanoTime();
        List<PreparedRecord> preparedFound = ModelTraining.prepare(found);
        List<PreparedRecord> preparedMissing = ModelTraining.prepare(missing);
        LinkageIndex index = new LinkageIndex(ModelTraining.placeholder(true), BlockingConfig.DEFAULT);
        index.addAllPrepared(preparedFound);
        LinkageModel model = ModelTraining.estimate(preparedMissing, preparedFound, index, true,
                ModelEstimator.Options.DEFAULT);
        index.setModel(model);
        System.out.printf(Locale.ROOT, "indexed %d found records and estimated the model in %.1f s%n", index.size(),
                (System.nanoTime() - t0) / 1e9);
        preparedFound = null;
        preparedMissing = null;
        int step = Math.max(1, missing.size() / queries);
        // warm-up, as a server would be
        for (int i = 0; i < Math.min(2000, missing.size()); i++) {
            index.query(missing.get((i * 7919) % missing.size()), 10);
        }
        double[] queryMs = new double[queries];
        long listed = 0;
        for (int q = 0; q < queries; q++) {
            Record r = missing.get((q * step) % missing.size());
            long s = System.nanoTime();
            List<ScoredPair> top = index.query(r, 10);
            queryMs[q] = (System.nanoTime() - s) / 1e6;
            listed += top.size();
        }
        report("query(record, 10) with explanations", queryMs);
        System.out.printf(Locale.ROOT, "  mean candidates returned %.1f%n", (double) listed / queries);
        int adds = Math.min(2000, found.size());
        double[] addMs = new double[adds];
        double[] removeMs = new double[adds];
        for (int i = 0; i < adds; i++) {
            Record r = found.get(i);
            Record copy = new Record("new-" + i, r.name(), r.fatherName(), r.sex(), r.age(), r.eventDate(),
                    r.homeDistrict(), r.homeState(), r.eventDistrict(), r.eventState(), r.phone(), r.dateOfBirth(),
                    r.address());
            long s = System.nanoTime();
            index.add(copy);
            addMs[i] = (System.nanoTime() - s) / 1e6;
        }
        for (int i = 0; i < adds; i++) {
            long s = System.nanoTime();
            index.remove("new-" + i);
            removeMs[i] = (System.nanoTime() - s) / 1e6;
        }
        report("add(record)", addMs);
        report("remove(id)", removeMs);
    }

    private static void report(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-40s n=%d p50=%.3f ms p95=%.3f ms p99=%.3f ms max=%.3f ms%n", what,
                sorted.length, pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99), sorted[sorted.length - 1]);
    }

    private static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}

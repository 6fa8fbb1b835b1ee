package org.lantern.linkage.perf;

import org.lantern.linkage.TestData;
import org.lantern.linkage.api.LinkageModel;
import org.lantern.linkage.api.Record;
import org.lantern.linkage.block.BlockingKeys;
import org.lantern.linkage.compare.Comparison;
import org.lantern.linkage.compare.JaroWinkler;
import org.lantern.linkage.compare.PreparedRecord;
import org.lantern.linkage.compare.RecordPreparer;
import org.lantern.linkage.index.ModelTraining;
import org.lantern.linkage.normalise.NameNormaliser;
import org.lantern.linkage.score.FellegiSunter;
import org.lantern.linkage.score.WeightBound;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * JMH benchmarks of the hot paths: name normalisation (cached and uncached scripts), Jaro–Winkler, blocking keys,
 * pair scoring from records, and the weight bound and exact weight from summaries. Run with {@code bench/linkage/jmh.sh}; not part of the unit tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class HotPathBenchmark {

    private LinkageModel model;
    private PreparedRecord[] left;
    private PreparedRecord[] right;
    private Record[] raw;
    private final Comparison scratch = new Comparison();
    private int[] summaries;
    private int[] nameCodes;
    private WeightBound.Query[] queries;
    private int i;

    @Setup
    public void setUp() {
        TestData data = new TestData(2000, 1000, 500, 5);
        model = ModelTraining.forLinkage(data.missing, data.found);
        List<PreparedRecord> l = ModelTraining.prepare(data.missing);
        List<PreparedRecord> r = ModelTraining.prepare(data.found);
        left = l.toArray(PreparedRecord[]::new);
        right = r.toArray(PreparedRecord[]::new);
        raw = data.found.toArray(Record[]::new);
        summaries = new int[right.length * WeightBound.STRIDE];
        nameCodes = new int[right.length * WeightBound.NAME_CODES_STRIDE];
        queries = new WeightBound.Query[right.length];
        for (int k = 0; k < right.length; k++) {
            WeightBound.summarise(right[k], summaries, k * WeightBound.STRIDE, nameCodes,
                    k * WeightBound.NAME_CODES_STRIDE);
            queries[k] = WeightBound.query(model, left[k]);
        }
    }

    private int next() {
        i = (i + 1) % right.length;
        return i;
    }

    @Benchmark
    public double scorePair() {
        int k = next();
        return FellegiSunter.weight(model, left[k], right[k], scratch);
    }

    /** Upper bound of a pair's weight from the candidate's summary row (top-k search, every candidate). */
    @Benchmark
    public double weightBound() {
        int k = next();
        return queries[k].bound(summaries, k * WeightBound.STRIDE);
    }

    /** The same weight as {@link #scorePair} from the summary row and name codes (top-k search, scored ones). */
    @Benchmark
    public double exactFromSummary() {
        int k = next();
        return queries[k].exact(summaries, k * WeightBound.STRIDE, nameCodes, k * WeightBound.NAME_CODES_STRIDE,
                scratch);
    }

    @Benchmark
    public double jaroWinkler() {
        return JaroWinkler.similarity("rahima", "raheema");
    }

    @Benchmark
    public Object normaliseLatinName() {
        return NameNormaliser.person("Smt. Pooja Kumari Sharma");
    }

    @Benchmark
    public Object normaliseDevanagariName() {
        return NameNormaliser.person("श्रीमती पूजा कुमारी");
    }

    @Benchmark
    public Object prepareRecord() {
        return RecordPreparer.prepare(raw[next()]);
    }

    @Benchmark
    public long[] queryKeys() {
        return BlockingKeys.queryKeys(left[next()]);
    }
}

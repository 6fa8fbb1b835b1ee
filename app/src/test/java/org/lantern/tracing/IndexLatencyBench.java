package org.lantern.tracing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.lantern.linkage.api.Record;
import org.lantern.linkage.block.BlockingConfig;

/**
 * Latency of one new missing report against a large register of found persons, through the code the application
 * runs after each saved change ({@link TracingIndex#put} then {@link TracingIndex#candidates}, as in
 * {@link CandidateSearch}), without the database. Not a unit test: run it with bench/tracing/latency.sh.
 *
 * <p>Usage: {@code IndexLatencyBench [found=1000000] [queries=2000] [warmup=500] [names.tsv]}
 */
public final class IndexLatencyBench {

    private IndexLatencyBench() {
    }

    public static void main(String[] args) throws IOException {
        int foundCount = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        List<String[]> names = args.length > 3 ? readNames(Path.of(args[3])) : List.of();
        DemoPeople people = new DemoPeople(42L, names);

        long start = System.nanoTime();
        int counterparts = Math.min(foundCount, warmup + queries) / 2; // half of the queries have a true pair
        List<DemoPeople.Child> known = new ArrayList<>(counterparts);
        Map<UUID, List<Record>> found = new HashMap<>(foundCount * 2);
        List<Record> allNames = new ArrayList<>(foundCount + foundCount / 2);
        for (int i = 0; i < foundCount; i++) {
            DemoPeople.Child child = people.child();
            if (i < counterparts) {
                known.add(child);
            }
            UUID id = new UUID(0, i);
            List<Record> records = TracingRecords.linkageRecords(id, people.foundPerson(child));
            found.put(id, records);
            allNames.addAll(records);
        }
        log("generated %,d found persons (%,d names) in %.1f s", foundCount, allNames.size(), seconds(start));

        TracingModel model = TracingModel.of(allNames, foundCount);
        allNames = null;
        String caps = System.getProperty("caps", "");
        for (String cap : caps.isBlank() ? new String[] {""} : caps.split(",")) {
            BlockingConfig blocking = CandidateSearch.blocking(cap);
            start = System.nanoTime();
            TracingIndex index = new TracingIndex(model.current(), blocking);
            index.putAll(Side.FOUND, found);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            log("blocking %s: indexed in %.1f s; heap in use %,d MB", blocking, seconds(start),
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
            measure(index, new DemoPeople(7L, names), known, queries, warmup, foundCount); // same queries for every cap
        }
    }

    private static void measure(TracingIndex index, DemoPeople people, List<DemoPeople.Child> known, int queries,
            int warmup, int foundCount) {

        long[] nanos = new long[queries];
        int withPair = 0;
        int top1 = 0;
        int top5 = 0;
        for (int q = -warmup; q < queries; q++) {
            int n = q + warmup;
            boolean hasPair = n % 2 == 0 && n / 2 < known.size();
            DemoPeople.Child child = hasPair ? known.get(n / 2) : people.child();
            UUID id = UUID.randomUUID();
            List<Record> report = TracingRecords.linkageRecords(id, people.missingReport(child));
            long t0 = System.nanoTime();
            index.put(Side.MISSING, id, report);
            List<TracingIndex.Match> matches = index.candidates(Side.MISSING, report, CandidateSearch.PROPOSALS);
            long t1 = System.nanoTime();
            if (q >= 0) {
                nanos[q] = t1 - t0;
                if (hasPair) {
                    UUID truth = new UUID(0, n / 2);
                    withPair++;
                    top1 += !matches.isEmpty() && matches.getFirst().id().equals(truth) ? 1 : 0;
                    top5 += matches.stream().anyMatch(m -> m.id().equals(truth)) ? 1 : 0;
                }
            }
        }
        Arrays.sort(nanos);
        log("one new missing report vs %,d found persons, %,d queries after %,d warm-up (index.put + candidates, k=%d):",
                foundCount, queries, warmup, CandidateSearch.PROPOSALS);
        log("  p50 %.2f ms   p95 %.2f ms   p99 %.2f ms   max %.2f ms", ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6);
        log("  true counterpart ranked first %d/%d, in top %d %d/%d", top1, withPair, CandidateSearch.PROPOSALS, top5, withPair);
    }

    private static List<String[]> readNames(Path file) throws IOException {
        List<String[]> names = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t");
            if (parts.length == 2 && !parts[0].equals("english") && !parts[0].isBlank() && !parts[0].contains("#")) {
                names.add(new String[] {parts[0].strip(), parts[1].strip()});
            }
        }
        return names;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}

package org.lantern.linkage.bench;

import org.lantern.linkage.io.CsvReader;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Precision, recall, F1 and recall@10 of a linkage or deduplication output against the truth.
 * <ul>
 * <li>{@code link matches.csv truth.csv}: truth as missing_id,found_id pairs.</li>
 * <li>{@code link-febrl matches.csv}: truth from FEBRL ids (same record number).</li>
 * <li>{@code dedupe-febrl clusters.csv}: pairs in one cluster against pairs with the same FEBRL record number.</li>
 * <li>{@code pairs-febrl pairs.csv}: a peer's list of matched id pairs (id1,id2) against FEBRL truth of a table
 * given as third argument.</li>
 * <li>{@code pairs-link pairs.csv truth.csv}: a peer's linked (missing_id,found_id) pairs against the truth.</li>
 * </ul>
 * Prints one line: {@code label precision recall f1 recall@10}.
 */
public final class Evaluate {

    private Evaluate() {
    }

    public static void main(String[] args) throws IOException {
        String label = args.length > 3 ? args[3] : args[1];
        switch (args[0]) {
            case "link" -> link(Path.of(args[1]), truthPairs(Path.of(args[2])), label);
            case "link-febrl" -> link(Path.of(args[1]), null, label);
            case "dedupe-febrl" -> dedupe(Path.of(args[1]), label);
            case "pairs-febrl" -> peerPairs(Path.of(args[1]), Path.of(args[2]), label);
            case "pairs-link" -> peerLinks(Path.of(args[1]), truthPairs(Path.of(args[2])), label);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    static String febrlEntity(String id) {
        String[] parts = id.strip().split("-");
        return parts.length > 1 ? parts[1] : id;
    }

    private static List<List<String>> rows(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvReader csv = new CsvReader(r);
            csv.next();
            List<String> row;
            while ((row = csv.next()) != null) {
                if (row.size() >= 2) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static Set<String> truthPairs(Path truth) throws IOException {
        Set<String> pairs = new HashSet<>();
        for (List<String> row : rows(truth)) {
            pairs.add(row.get(0).strip() + "|" + row.get(1).strip());
        }
        return pairs;
    }

    private static void link(Path matches, Set<String> truth, String label) throws IOException {
        List<List<String>> rows = rows(matches);
        long truePositives = 0;
        long predicted = 0;
        Set<String> listed = new HashSet<>();
        Set<String> predictedPairs = new HashSet<>();
        for (List<String> row : rows) {
            String pair = row.get(0) + "|" + row.get(1);
            listed.add(pair);
            if (row.get(3).strip().equals("1")) {
                predicted++;
                predictedPairs.add(pair);
            }
        }
        Function<String, Boolean> isTrue = truth != null ? truth::contains
                : p -> febrlEntity(p.substring(0, p.indexOf('|'))).equals(febrlEntity(p.substring(p.indexOf('|') + 1)));
        for (String p : predictedPairs) {
            if (isTrue.apply(p)) {
                truePositives++;
            }
        }
        long totalTrue;
        long recalledAtK = 0;
        if (truth != null) {
            totalTrue = truth.size();
            for (String p : truth) {
                if (listed.contains(p)) {
                    recalledAtK++;
                }
            }
        } else {
            totalTrue = 5000; // FEBRL 4a-4b: one duplicate per original
            for (String p : listed) {
                if (isTrue.apply(p)) {
                    recalledAtK++;
                }
            }
        }
        print(label, truePositives, predicted, totalTrue, (double) recalledAtK / totalTrue);
    }

    private static void dedupe(Path clusters, String label) throws IOException {
        Map<String, List<String>> byCluster = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (List<String> row : rows(clusters)) {
            byCluster.computeIfAbsent(row.get(1).strip(), k -> new ArrayList<>()).add(row.get(0).strip());
            ids.add(row.get(0).strip());
        }
        long predicted = 0;
        long truePositives = 0;
        for (List<String> members : byCluster.values()) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    predicted++;
                    if (febrlEntity(members.get(i)).equals(febrlEntity(members.get(j)))) {
                        truePositives++;
                    }
                }
            }
        }
        print(label, truePositives, predicted, truePairCount(ids), Double.NaN);
    }

    private static long truePairCount(List<String> ids) {
        Map<String, Integer> perEntity = new HashMap<>();
        for (String id : ids) {
            perEntity.merge(febrlEntity(id), 1, Integer::sum);
        }
        long total = 0;
        for (int n : perEntity.values()) {
            total += (long) n * (n - 1) / 2;
        }
        return total;
    }

    private static void peerPairs(Path pairs, Path table, String label) throws IOException {
        List<String> ids = new ArrayList<>();
        for (List<String> row : rows(table)) {
            ids.add(row.get(0).strip());
        }
        long predicted = 0;
        long truePositives = 0;
        Set<String> seen = new HashSet<>();
        for (List<String> row : rows(pairs)) {
            String a = row.get(0).strip();
            String b = row.get(1).strip();
            String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
            if (a.equals(b) || !seen.add(key)) {
                continue;
            }
            predicted++;
            if (febrlEntity(a).equals(febrlEntity(b))) {
                truePositives++;
            }
        }
        print(label, truePositives, predicted, truePairCount(ids), Double.NaN);
    }

    private static void peerLinks(Path pairs, Set<String> truth, String label) throws IOException {
        Set<String> predicted = new HashSet<>();
        for (List<String> row : rows(pairs)) {
            String a = row.get(0).strip();
            String b = row.get(1).strip();
            // peers report a pair in either orientation
            predicted.add(truth.contains(b + "|" + a) ? b + "|" + a : a + "|" + b);
        }
        long truePositives = predicted.stream().filter(truth::contains).count();
        print(label, truePositives, predicted.size(), truth.size(), Double.NaN);
    }

    private static void print(String label, long truePositives, long predicted, long totalTrue, double recallAtK) {
        double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
        double recall = totalTrue == 0 ? 0 : (double) truePositives / totalTrue;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf(Locale.ROOT, "%-28s precision=%.4f recall=%.4f f1=%.4f recall@10=%s%n", label, precision,
                recall, f1, Double.isNaN(recallAtK) ? "n/a" : String.format(Locale.ROOT, "%.4f", recallAtK));
    }
}

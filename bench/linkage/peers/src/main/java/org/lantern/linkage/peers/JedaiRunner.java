package org.lantern.linkage.peers;

import com.opencsv.CSVReader;
import org.scify.jedai.blockbuilding.StandardBlocking;
import org.scify.jedai.blockprocessing.blockcleaning.BlockFiltering;
import org.scify.jedai.blockprocessing.comparisoncleaning.CardinalityNodePruning;
import org.scify.jedai.datamodel.AbstractBlock;
import org.scify.jedai.datamodel.EntityProfile;
import org.scify.jedai.datamodel.EquivalenceCluster;
import org.scify.jedai.datamodel.SimilarityPairs;
import org.scify.jedai.entityclustering.ConnectedComponentsClustering;
import org.scify.jedai.entityclustering.UniqueMappingClustering;
import org.scify.jedai.entitymatching.ProfileMatcher;

import java.io.FileReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * JedAI's default schema-agnostic workflow (standard blocking, block filtering, cardinality node pruning, profile
 * matching, clustering) on the benchmark's CSV files, with library defaults. Writes matched id pairs.
 * Usage: {@code JedaiRunner dedupe in.csv pairs.csv} or {@code JedaiRunner link left.csv right.csv pairs.csv}.
 */
public final class JedaiRunner {

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        boolean link = args[0].equals("link");
        List<EntityProfile> left = read(args[1]);
        List<EntityProfile> right = link ? read(args[2]) : null;
        String out = link ? args[3] : args[2];
        List<AbstractBlock> blocks = link ? new StandardBlocking().getBlocks(left, right)
                : new StandardBlocking().getBlocks(left);
        blocks = new BlockFiltering().refineBlocks(blocks);
        blocks = new CardinalityNodePruning().refineBlocks(blocks);
        ProfileMatcher matcher = link ? new ProfileMatcher(left, right) : new ProfileMatcher(left);
        SimilarityPairs similarities = matcher.executeComparisons(blocks);
        EquivalenceCluster[] clusters = link ? new UniqueMappingClustering().getDuplicates(similarities)
                : new ConnectedComponentsClustering().getDuplicates(similarities);
        long pairs = 0;
        try (PrintWriter w = new PrintWriter(out, StandardCharsets.UTF_8)) {
            w.println("id1,id2");
            for (EquivalenceCluster c : clusters) {
                if (link) {
                    for (int i : c.getEntityIdsD1().toArray()) {
                        for (int j : c.getEntityIdsD2().toArray()) {
                            w.println(left.get(i).getEntityUrl() + "," + right.get(j).getEntityUrl());
                            pairs++;
                        }
                    }
                } else {
                    int[] ids = c.getEntityIdsD1().toArray();
                    for (int i = 0; i < ids.length; i++) {
                        for (int j = i + 1; j < ids.length; j++) {
                            w.println(left.get(ids[i]).getEntityUrl() + "," + left.get(ids[j]).getEntityUrl());
                            pairs++;
                        }
                    }
                }
            }
        }
        System.err.printf("jedai: %d pairs in %.1f s%n", pairs, (System.nanoTime() - start) / 1e9);
    }

    private static List<EntityProfile> read(String file) throws IOException {
        List<EntityProfile> profiles = new ArrayList<>();
        try (CSVReader csv = new CSVReader(new FileReader(file, StandardCharsets.UTF_8))) {
            String[] header = csv.readNext();
            String[] row;
            while ((row = csv.readNext()) != null) {
                if (row.length != header.length) {
                    continue;
                }
                EntityProfile p = new EntityProfile(row[0]);
                for (int i = 1; i < row.length; i++) {
                    if (!row[i].isBlank()) {
                        p.addAttribute(header[i], row[i]);
                    }
                }
                profiles.add(p);
            }
        }
        return profiles;
    }
}

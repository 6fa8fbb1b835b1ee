package org.lantern.tracing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.lantern.linkage.api.LinkageModel;
import org.lantern.linkage.api.Record;
import org.lantern.linkage.api.ScoredPair;
import org.lantern.linkage.block.BlockingConfig;
import org.lantern.linkage.compare.Comparison;
import org.lantern.linkage.compare.PreparedRecord;
import org.lantern.linkage.compare.RecordPreparer;
import org.lantern.linkage.index.LinkageIndex;
import org.lantern.linkage.score.FellegiSunter;

/**
 * One in-memory linkage index per side (missing reports, found persons). A record with several names (as
 * reported, as told, in other scripts) is indexed once per name, with ids {@code <uuid>#<n>}; a query keeps the
 * best-scoring name of each record. Scores are always oriented missing (left) to found (right), so that age
 * carried forward and the order of events mean what the model expects.
 *
 * <p>Cost of a query: the engine's blocking bounds the candidates per key, so it does not grow with the size of
 * the index. Thread-safe: queries run concurrently, changes are exclusive.
 */
public final class TracingIndex {

    /** A record of the other side and its oriented score. */
    public record Match(UUID id, ScoredPair pair) {
        public double probability() {
            return pair.probability();
        }
    }

    private final Map<Side, LinkageIndex> indexes = new EnumMap<>(Side.class);
    private final Map<Side, Map<UUID, Integer>> variants = new EnumMap<>(Side.class);
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile LinkageModel model;

    public TracingIndex(LinkageModel model) {
        this(model, BlockingConfig.DEFAULT);
    }

    /** With other block caps: smaller caps bound the work per query more tightly, at some cost in recall. */
    public TracingIndex(LinkageModel model, BlockingConfig blocking) {
        this.model = Objects.requireNonNull(model, "model");
        for (Side side : Side.values()) {
            indexes.put(side, new LinkageIndex(model, blocking));
            variants.put(side, new HashMap<>());
        }
    }

    public LinkageModel model() {
        return model;
    }

    public void setModel(LinkageModel newModel) {
        this.model = Objects.requireNonNull(newModel, "model");
        indexes.values().forEach(index -> index.setModel(newModel));
    }

    /** Adds or replaces a record, given one linkage record per name (ids as {@link #variantId}). */
    public void put(Side side, UUID id, List<Record> names) {
        List<PreparedRecord> prepared = names.stream().map(RecordPreparer::prepare).toList();
        lock.writeLock().lock();
        try {
            removeLocked(side, id);
            prepared.forEach(indexes.get(side)::addPrepared);
            variants.get(side).put(id, prepared.size());
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Adds many records at once (start-up), normalising in parallel. */
    public void putAll(Side side, Map<UUID, List<Record>> records) {
        List<Record> all = records.values().stream().flatMap(List::stream).toList();
        List<PreparedRecord> prepared = all.parallelStream().map(RecordPreparer::prepare).toList();
        lock.writeLock().lock();
        try {
            records.keySet().forEach(id -> removeLocked(side, id));
            indexes.get(side).addAllPrepared(prepared);
            records.forEach((id, names) -> variants.get(side).put(id, names.size()));
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void remove(Side side, UUID id) {
        lock.writeLock().lock();
        try {
            removeLocked(side, id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void removeLocked(Side side, UUID id) {
        Integer count = variants.get(side).remove(id);
        if (count != null) {
            for (int i = 0; i < count; i++) {
                indexes.get(side).remove(variantId(id, i));
            }
        }
    }

    public boolean contains(Side side, UUID id) {
        lock.readLock().lock();
        try {
            return variants.get(side).containsKey(id);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Number of records (not names) on a side. */
    public int size(Side side) {
        lock.readLock().lock();
        try {
            return variants.get(side).size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The best {@code k} records of the other side for a record of {@code side}, best first. */
    public List<Match> candidates(Side side, List<Record> query, int k) {
        return search(side.other(), side == Side.MISSING, false, query, k);
    }

    /**
     * The best {@code k} records of {@code side} itself for a query (duplicates, name search). Pass the query
     * without an event date, so that the order of events does not count.
     */
    public List<Match> similar(Side side, List<Record> query, int k) {
        return search(side, true, true, query, k);
    }

    private List<Match> search(Side target, boolean queryIsLeft, boolean sameSide, List<Record> query, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        List<PreparedRecord> prepared = query.stream().map(RecordPreparer::prepare).toList();
        LinkageModel scoring = model;
        // best name pairs first, without allocating per candidate; a record may fill several places with its
        // other names, so keep more than k and keep each record's best at the end
        int keep = k * 8;
        double[] weights = new double[keep];
        PreparedRecord[] others = new PreparedRecord[keep];
        int[] queries = new int[keep];
        int n = 0;
        lock.readLock().lock();
        try {
            LinkageIndex index = indexes.get(target);
            Comparison scratch = new Comparison();
            for (int qi = 0; qi < prepared.size(); qi++) {
                PreparedRecord q = prepared.get(qi);
                String self = sameSide ? prefix(q.id()) : null; // a record never matches itself
                for (int slot : index.candidateSlots(q)) {
                    PreparedRecord other = index.record(slot);
                    if (other == null || self != null && other.id().startsWith(self)) {
                        continue;
                    }
                    double w = queryIsLeft ? FellegiSunter.weight(scoring, q, other, scratch)
                            : FellegiSunter.weight(scoring, other, q, scratch);
                    if (n == keep && w <= weights[n - 1]) {
                        continue;
                    }
                    int i = n < keep ? n++ : n - 1;
                    while (i > 0 && weights[i - 1] < w) {
                        weights[i] = weights[i - 1];
                        others[i] = others[i - 1];
                        queries[i] = queries[i - 1];
                        i--;
                    }
                    weights[i] = w;
                    others[i] = other;
                    queries[i] = qi;
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        List<Match> out = new ArrayList<>(k);
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        for (int i = 0; i < n && out.size() < k; i++) {
            UUID id = baseId(others[i].id());
            if (seen.add(id)) {
                PreparedRecord q = prepared.get(queries[i]);
                ScoredPair pair = queryIsLeft ? FellegiSunter.score(scoring, q, others[i])
                        : FellegiSunter.score(scoring, others[i], q);
                out.add(new Match(id, pair));
            }
        }
        return out;
    }

    /** "uuid#" of a variant id: every name of the same record starts with it. */
    private static String prefix(String variantId) {
        int hash = variantId.indexOf('#');
        return (hash < 0 ? variantId : variantId.substring(0, hash)) + "#";
    }

    /** The index id of the {@code n}-th name of a record. */
    public static String variantId(UUID id, int n) {
        return id + "#" + n;
    }

    static UUID baseId(String variantId) {
        int hash = variantId.indexOf('#');
        return UUID.fromString(hash < 0 ? variantId : variantId.substring(0, hash));
    }
}

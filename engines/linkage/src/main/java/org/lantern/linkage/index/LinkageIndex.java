package org.lantern.linkage.index;

import org.lantern.linkage.api.LinkageModel;
import org.lantern.linkage.api.Record;
import org.lantern.linkage.api.ScoredPair;
import org.lantern.linkage.block.BlockingConfig;
import org.lantern.linkage.block.BlockingKeys;
import org.lantern.linkage.block.PostingsMap;
import org.lantern.linkage.compare.Comparison;
import org.lantern.linkage.compare.PreparedRecord;
import org.lantern.linkage.compare.RecordPreparer;
import org.lantern.linkage.score.FellegiSunter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Incremental blocking index over a table of records: add and remove records, and find the best-scoring
 * candidates of a query record with explanations.
 *
 * <p>An inverted index from blocking keys ({@link BlockingKeys}) to record slots. A query looks up its keys,
 * skips blocks over the cap of their rule, unions the postings, scores each candidate with
 * {@link FellegiSunter} and keeps the top k. Time per query O(K·c + C·t²) for K keys, block cap c and C distinct
 * candidates — independent of the table size. Space O(n·K). Add O(K) amortised; remove O(K·c).
 *
 * <p>Thread-safe: queries run concurrently, add/remove are exclusive.
 */
public final class LinkageIndex {

    private final BlockingConfig blocking;
    private final PostingsMap postings;
    private final List<PreparedRecord> records = new ArrayList<>();
    private final List<long[]> recordKeys = new ArrayList<>();
    private final Map<String, Integer> slotById = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<int[]> gatherBuffer = ThreadLocal.withInitial(() -> new int[1024]);
    private volatile LinkageModel model;
    private int live;

    /**
     * @param model    scoring model (may be replaced later by {@link #setModel})
     * @param blocking block caps
     */
    public LinkageIndex(LinkageModel model, BlockingConfig blocking) {
        this.model = Objects.requireNonNull(model, "model must not be null");
        this.blocking = Objects.requireNonNull(blocking, "blocking config must not be null");
        this.postings = new PostingsMap(1 << 16);
    }

    public LinkageModel model() {
        return model;
    }

    /** Replaces the scoring model, e.g. after re-estimation or learning from reviewed pairs. */
    public void setModel(LinkageModel newModel) {
        this.model = Objects.requireNonNull(newModel, "model must not be null");
    }

    /** Adds (or replaces) a record. */
    public void add(Record record) {
        addPrepared(RecordPreparer.prepare(Objects.requireNonNull(record, "record must not be null")));
    }

    /** Adds many records, normalising them in parallel first. */
    public void addAll(Collection<Record> batch) {
        Objects.requireNonNull(batch, "records must not be null");
        addAllPrepared(batch.parallelStream().map(RecordPreparer::prepare).toList());
    }

    /** Adds prepared records; blocking keys are computed in parallel, insertion is sequential. */
    public void addAllPrepared(List<PreparedRecord> batch) {
        Objects.requireNonNull(batch, "records must not be null");
        List<long[]> keys = batch.parallelStream().map(BlockingKeys::indexKeys).toList();
        lock.writeLock().lock();
        try {
            for (int i = 0; i < batch.size(); i++) {
                insert(batch.get(i), keys.get(i));
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Adds one prepared record (replacing a record with the same id). */
    public void addPrepared(PreparedRecord record) {
        long[] keys = BlockingKeys.indexKeys(record);
        lock.writeLock().lock();
        try {
            insert(record, keys);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void insert(PreparedRecord record, long[] keys) {
        Integer existing = slotById.get(record.id());
        if (existing != null) {
            removeSlot(existing);
        }
        int slot = records.size();
        records.add(record);
        recordKeys.add(keys);
        slotById.put(record.id(), slot);
        for (long key : keys) {
            postings.add(key, slot);
        }
        live++;
    }

    /**
     * Removes the record with this id.
     *
     * @return whether it was present
     */
    public boolean remove(String id) {
        Objects.requireNonNull(id, "id must not be null");
        lock.writeLock().lock();
        try {
            Integer slot = slotById.remove(id);
            if (slot == null) {
                return false;
            }
            removeSlot(slot);
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void removeSlot(int slot) {
        for (long key : recordKeys.get(slot)) {
            postings.remove(key, slot);
        }
        records.set(slot, null);
        recordKeys.set(slot, null);
        live--;
    }

    /** Number of records in the index. */
    public int size() {
        return live;
    }

    /** Number of slots ever used (removed slots included); valid slots are below it. */
    public int slotCount() {
        return records.size();
    }

    /** The record in a slot, or null when removed. */
    public PreparedRecord record(int slot) {
        return records.get(slot);
    }

    /**
     * The top {@code k} candidates of a record by match probability, best first, with explanations.
     * The query record itself (same id) is never returned.
     */
    public List<ScoredPair> query(Record query, int k) {
        return queryPrepared(RecordPreparer.prepare(Objects.requireNonNull(query, "query must not be null")), k);
    }

    /** Same as {@link #query} for a prepared record. */
    public List<ScoredPair> queryPrepared(PreparedRecord query, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        LinkageModel current = model;
        lock.readLock().lock();
        try {
            int[] slots = new int[k];
            double[] weights = new double[k];
            int found = topK(current, query, k, slots, weights, new Comparison());
            List<ScoredPair> out = new ArrayList<>(found);
            for (int i = 0; i < found; i++) {
                out.add(FellegiSunter.score(current, query, records.get(slots[i])));
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Fills {@code slots}/{@code weights} with the best candidates of {@code query}, best first, and returns
     * how many were found. For batch use: no locking, no allocation per candidate.
     */
    public int topK(LinkageModel scoring, PreparedRecord query, int k, int[] slots, double[] weights,
                    Comparison scratch) {
        int[] candidates = candidateSlots(query);
        int n = 0;
        for (int slot : candidates) {
            PreparedRecord other = records.get(slot);
            if (other == null || other.id().equals(query.id())) {
                continue;
            }
            double w = FellegiSunter.weight(scoring, query, other, scratch);
            if (n < k) {
                n++;
            } else if (w <= weights[n - 1]) {
                continue;
            }
            int i = n - 1;
            while (i > 0 && weights[i - 1] < w) {
                weights[i] = weights[i - 1];
                slots[i] = slots[i - 1];
                i--;
            }
            weights[i] = w;
            slots[i] = slot;
        }
        return n;
    }

    /** Distinct slots sharing at least one blocking key (within the block caps) with the query. */
    public int[] candidateSlots(PreparedRecord query) {
        long[] keys = BlockingKeys.queryKeys(query);
        int[] buffer = gatherBuffer.get();
        int n = 0;
        for (long key : keys) {
            int size = postings.size(key);
            if (size == 0 || size > blocking.capOf(BlockingKeys.ruleOf(key))) {
                continue;
            }
            if (n + size > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, n + size));
                gatherBuffer.set(buffer);
            }
            System.arraycopy(postings.postings(key), 0, buffer, n, size);
            n += size;
        }
        Arrays.sort(buffer, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || buffer[i] != buffer[i - 1]) {
                buffer[distinct++] = buffer[i];
            }
        }
        return Arrays.copyOf(buffer, distinct);
    }
}

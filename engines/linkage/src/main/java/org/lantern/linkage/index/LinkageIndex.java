package org.lantern.linkage.index;

import org.lantern.linkage.api.LinkageModel;
import org.lantern.linkage.api.Record;
import org.lantern.linkage.api.ScoredPair;
import org.lantern.linkage.block.BlockingConfig;
import org.lantern.linkage.block.BlockingKeys;
import org.lantern.linkage.block.FrozenPostings;
import org.lantern.linkage.block.PostingsMap;
import org.lantern.linkage.compare.Comparison;
import org.lantern.linkage.compare.PreparedRecord;
import org.lantern.linkage.compare.RecordPreparer;
import org.lantern.linkage.score.FellegiSunter;
import org.lantern.linkage.score.WeightBound;

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
 * <p>An inverted index from blocking keys ({@link BlockingKeys}) to record slots, in two parts: a compact
 * {@link FrozenPostings} built in bulk by the first {@link #addAllPrepared} on an empty index, and a hash map
 * ({@link PostingsMap}) for records added later. A query looks up its keys, skips blocks over the cap of their
 * rule, takes blocks smallest first within the candidate budget, unions the postings, bounds the weight of each
 * candidate from a compact summary ({@link WeightBound}), scores in decreasing order of bound the candidates that
 * can still enter the top k (with the same weight as {@link FellegiSunter}) and keeps the top k. Time per query
 * O(K log b + B + C log C + S·t²) for K keys, budget B, C distinct candidates and S of them scored, independent of
 * the table size. Space O(n·K) for the postings plus 45 ints per record for summaries and name codes. Add O(K)
 * amortised; remove O(K·c) (records of the bulk part are only marked removed).
 *
 * <p>Thread-safe: queries run concurrently, add/remove are exclusive.
 */
public final class LinkageIndex {

    private final BlockingConfig blocking;
    private final PostingsMap dynamic = new PostingsMap(1 << 10);
    private FrozenPostings frozen = FrozenPostings.empty();
    private int frozenCount;
    private final List<PreparedRecord> records = new ArrayList<>();
    private final Map<String, Integer> slotById = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<QueryBuffers> buffers = ThreadLocal.withInitial(QueryBuffers::new);
    /** Per-thread comparison scratch of single queries: its memos are worth keeping between queries. */
    private final ThreadLocal<Comparison> scratch = ThreadLocal.withInitial(Comparison::new);
    private volatile LinkageModel model;
    private int live;
    /** {@link WeightBound} summary of every slot, {@link WeightBound#STRIDE} ints each. */
    private int[] summaries = new int[0];
    /** Name codes of every slot, {@link WeightBound#NAME_CODES_STRIDE} ints each. */
    private int[] nameCodes = new int[0];
    private final java.util.concurrent.atomic.LongAdder comparisons = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder scored = new java.util.concurrent.atomic.LongAdder();

    /** Per-thread scratch space of a query. */
    private static final class QueryBuffers {
        int[] gathered = new int[1024];
        int[] positions = new int[64];
        int[] sizes = new int[64];
        long[] order = new long[64];
        double[] bounds = new double[1024];
        /** Per slot: the query number that last gathered it. */
        int[] seen = new int[0];
        int epoch;
        long[] visit = new long[1024];
        int sink;
    }

    /**
     * @param model    scoring model (may be replaced later by {@link #setModel})
     * @param blocking block caps and candidate budget
     */
    public LinkageIndex(LinkageModel model, BlockingConfig blocking) {
        this.model = Objects.requireNonNull(model, "model must not be null");
        this.blocking = Objects.requireNonNull(blocking, "blocking config must not be null");
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

    /**
     * Adds prepared records. On an empty index they form the compact bulk part and record i of the batch gets
     * slot i; otherwise they are added one by one.
     */
    public void addAllPrepared(List<PreparedRecord> batch) {
        Objects.requireNonNull(batch, "records must not be null");
        lock.writeLock().lock();
        try {
            if (records.isEmpty() && batch.size() <= FrozenPostings.MAX_RECORDS) {
                buildFrozen(batch);
                return;
            }
        } finally {
            lock.writeLock().unlock();
        }
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

    private void buildFrozen(List<PreparedRecord> batch) {
        frozen = FrozenPostings.build(batch.parallelStream().map(BlockingKeys::indexKeys).toList());
        frozenCount = batch.size();
        int[] table = new int[batch.size() * WeightBound.STRIDE];
        int[] codes = new int[batch.size() * WeightBound.NAME_CODES_STRIDE];
        java.util.stream.IntStream.range(0, batch.size()).parallel()
                .forEach(slot -> WeightBound.summarise(batch.get(slot), table, slot * WeightBound.STRIDE, codes,
                        slot * WeightBound.NAME_CODES_STRIDE));
        summaries = table;
        nameCodes = codes;
        records.addAll(batch);
        live = batch.size();
        for (int slot = 0; slot < batch.size(); slot++) {
            Integer previous = slotById.put(batch.get(slot).id(), slot);
            if (previous != null) {
                records.set(previous, null); // a repeated id replaces the earlier record
                WeightBound.markRemoved(summaries, previous * WeightBound.STRIDE);
                live--;
            }
        }
    }

    /** Adds one prepared record (replacing a record with the same id). */
    public void addPrepared(PreparedRecord record) {
        Objects.requireNonNull(record, "record must not be null");
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
        if ((slot + 1) * WeightBound.STRIDE > summaries.length) {
            summaries = Arrays.copyOf(summaries, Math.max(1024 * WeightBound.STRIDE, summaries.length * 2));
            nameCodes = Arrays.copyOf(nameCodes, summaries.length / WeightBound.STRIDE * WeightBound.NAME_CODES_STRIDE);
        }
        WeightBound.summarise(record, summaries, slot * WeightBound.STRIDE, nameCodes,
                slot * WeightBound.NAME_CODES_STRIDE);
        records.add(record);
        slotById.put(record.id(), slot);
        for (long key : keys) {
            dynamic.add(key, slot);
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
        PreparedRecord record = records.get(slot);
        if (record == null) {
            return;
        }
        if (slot >= frozenCount) {
            for (long key : BlockingKeys.indexKeys(record)) {
                dynamic.remove(key, slot);
            }
        }
        records.set(slot, null);
        WeightBound.markRemoved(summaries, slot * WeightBound.STRIDE);
        live--;
    }

    /** Number of candidate pairs compared by {@link #topK} so far (for progress reports). */
    public long comparisonCount() {
        return comparisons.sum();
    }

    /** Number of candidate pairs fully scored by {@link #topK} so far (the others were cut by their bound). */
    public long scoredCount() {
        return scored.sum();
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
        Objects.requireNonNull(query, "query must not be null");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        LinkageModel current = model;
        lock.readLock().lock();
        try {
            int[] slots = new int[k];
            double[] weights = new double[k];
            int found = topK(current, query, k, slots, weights, scratch.get());
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
     * Fills {@code slots}/{@code weights} with the best candidates of {@code query}, best first (equal weights by
     * slot), and returns how many were found. For batch use while no writes happen: no locking, no allocation per
     * candidate.
     *
     * <p>Top-k with an admissible bound: every candidate first gets a cheap upper bound of its weight
     * ({@link WeightBound}); candidates are scored in decreasing order of their bound, and those whose bound is
     * below the current k-th weight are not scored at all. The result is the same as scoring every candidate.
     * Time O(C log C) for the bounds plus O(S·t²) for the S candidates actually scored.
     */
    public int topK(LinkageModel scoring, PreparedRecord query, int k, int[] slots, double[] weights,
                    Comparison scratch) {
        QueryBuffers b = buffers.get();
        int count = gather(query, b);
        comparisons.add(count);
        if (b.bounds.length < count) {
            b.bounds = new double[Math.max(count, b.bounds.length * 2)];
            b.visit = new long[b.bounds.length];
        }
        WeightBound.Query bound = WeightBound.query(scoring, query);
        int[] table = summaries;
        int[] codes = nameCodes;
        int touched = 0;
        for (int c = 0; c < count; c++) {
            touched += table[b.gathered[c] * WeightBound.STRIDE]; // independent loads: the rows arrive in parallel
        }
        for (int c = 0; c < count; c++) {
            double ub = bound.bound(table, b.gathered[c] * WeightBound.STRIDE);
            b.bounds[c] = ub;
            b.visit[c] = ((long) descending((float) ub) << 32) | c;
        }
        Arrays.sort(b.visit, 0, count);
        for (int v = 0, ahead = Math.min(count, 2 * k + 4); v < ahead; v++) {
            // the name codes of the candidates most likely to be scored: independent loads, in parallel
            touched += codes[b.gathered[(int) b.visit[v]] * WeightBound.NAME_CODES_STRIDE];
        }
        b.sink = touched;
        int n = 0;
        int scoredHere = 0;
        for (int v = 0; v < count; v++) {
            int c = (int) b.visit[v];
            if (n == k && b.bounds[c] < weights[k - 1]) {
                continue; // cannot enter the top k
            }
            int slot = b.gathered[c];
            int row = slot * WeightBound.STRIDE;
            int codesRow = slot * WeightBound.NAME_CODES_STRIDE;
            if (WeightBound.removed(table, row) || (WeightBound.sameIdHash(bound, codes, codesRow)
                    && records.get(slot).id().equals(query.id()))) {
                continue;
            }
            double w = bound.exact(table, row, codes, codesRow, scratch);
            if (Double.isNaN(w)) {
                w = FellegiSunter.weight(scoring, query, records.get(slot), scratch);
            }
            scoredHere++;
            if (n < k) {
                n++;
            } else if (!before(w, slot, weights[n - 1], slots[n - 1])) {
                continue;
            }
            int i = n - 1;
            while (i > 0 && before(w, slot, weights[i - 1], slots[i - 1])) {
                weights[i] = weights[i - 1];
                slots[i] = slots[i - 1];
                i--;
            }
            weights[i] = w;
            slots[i] = slot;
        }
        scored.add(scoredHere);
        return n;
    }

    /** Ranking order of candidates: higher weight first, then lower slot. */
    private static boolean before(double w, int slot, double otherW, int otherSlot) {
        return w > otherW || (w == otherW && slot < otherSlot);
    }

    /** An int whose signed order is the decreasing order of {@code f}. */
    private static int descending(float f) {
        int bits = Float.floatToIntBits(f);
        return ~(bits ^ ((bits >> 31) & 0x7FFF_FFFF));
    }

    /** Distinct slots of live records sharing a block with the query (within caps and budget). */
    public int[] candidateSlots(PreparedRecord query) {
        QueryBuffers b = buffers.get();
        int count = gather(query, b);
        int n = 0;
        int[] out = new int[count];
        for (int c = 0; c < count; c++) {
            if (records.get(b.gathered[c]) != null) {
                out[n++] = b.gathered[c];
            }
        }
        out = n == count ? out : Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }

    /**
     * Gathers distinct candidate slots into {@code b.gathered} (in the order met); returns their number. Time
     * O(K log b + B) for K keys and a budget B in postings; with a budget in distinct candidates, blocks of
     * records already gathered are read too, so O(K log b + K·cap) at worst.
     */
    private int gather(PreparedRecord query, QueryBuffers b) {
        long[] keys = BlockingKeys.queryKeys(query);
        if (b.positions.length < keys.length) {
            b.positions = new int[keys.length * 2];
            b.sizes = new int[keys.length * 2];
            b.order = new long[keys.length * 2];
        }
        int usable = 0;
        for (int i = 0; i < keys.length; i++) {
            int position = frozen.find(keys[i]);
            int size = frozen.size(position) + dynamic.size(keys[i]);
            if (size == 0 || size > blocking.capOf(BlockingKeys.ruleOf(keys[i]))) {
                continue;
            }
            b.positions[i] = position;
            b.sizes[i] = size;
            b.order[usable++] = ((long) size << 32) | i; // smallest blocks first
        }
        Arrays.sort(b.order, 0, usable);
        int slots = records.size();
        if (b.seen.length < slots) {
            b.seen = new int[Math.max(slots, b.seen.length * 2)];
            b.epoch = 0;
        }
        if (++b.epoch == Integer.MAX_VALUE) {
            Arrays.fill(b.seen, 0);
            b.epoch = 1;
        }
        int epoch = b.epoch;
        int[] seen = b.seen;
        int n = 0; // postings taken, duplicates included: the budget counts them unless it is in distinct slots
        int distinct = 0;
        int budget = blocking.candidateBudget();
        boolean inDistinct = blocking.budgetInDistinct();
        for (int u = 0; u < usable; u++) {
            int i = (int) b.order[u];
            int size = b.sizes[i];
            if (!inDistinct && n > 0 && n + size > budget) {
                break;
            }
            if (distinct + size > b.gathered.length) {
                b.gathered = Arrays.copyOf(b.gathered, Math.max(b.gathered.length * 2, distinct + size));
            }
            int copied = frozen.copy(b.positions[i], b.gathered, distinct);
            int extra = dynamic.size(keys[i]);
            if (extra > 0) {
                System.arraycopy(dynamic.postings(keys[i]), 0, b.gathered, distinct + copied, extra);
            }
            n += size;
            // keep the slots not seen in this query (a stamp per slot instead of sorting)
            int before = distinct;
            for (int k = distinct, end = distinct + copied + extra; k < end; k++) {
                int slot = b.gathered[k];
                if (seen[slot] != epoch) {
                    seen[slot] = epoch;
                    b.gathered[distinct++] = slot;
                }
            }
            if (inDistinct && before > 0 && distinct > budget) {
                for (int k = before; k < distinct; k++) {
                    seen[b.gathered[k]] = 0; // not taken after all (epochs start at 1)
                }
                distinct = before;
                break;
            }
        }
        return distinct;
    }
}

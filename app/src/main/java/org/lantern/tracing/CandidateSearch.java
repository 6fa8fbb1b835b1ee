package org.lantern.tracing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.lantern.linkage.api.LabelledPair;
import org.lantern.linkage.api.Record;
import org.lantern.linkage.block.BlockingConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the {@link TracingIndex} in step with the database and searches candidates in the background.
 *
 * <p>At start-up the index is loaded from every record with tracing consent, and the model learns from pairs
 * reviewers already decided. After each committed change the record is re-indexed (or dropped, without consent)
 * and its best pairs on the other side are queued in {@code match_candidate}. One worker thread does all of it in
 * order, so a search never sees a half-loaded index and requests never wait for it.
 */
@Service
@Order(3)
public class CandidateSearch implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CandidateSearch.class);

    /** How many pairs to propose per record. */
    static final int PROPOSALS = 5;

    private final TracingRecords records;
    private final JdbcClient jdbc;
    private final double minProbability;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "tracing-candidates");
        thread.setDaemon(true);
        return thread;
    });
    private volatile TracingModel model = new TracingModel(Map.of(), 0);
    private final TracingIndex index;

    /**
     * @param blockCaps engine blocking limits "single x combined x budget" (see BlockingConfig), empty for the
     *                  engine's defaults; smaller limits bound the work per search more tightly at some cost in
     *                  recall (bench/tracing/latency.sh measures both)
     */
    CandidateSearch(TracingRecords records, JdbcClient jdbc,
            @Value("${lantern.tracing.min-probability:0.05}") double minProbability,
            @Value("${lantern.tracing.block-caps:}") String blockCaps) {
        this.records = records;
        this.jdbc = jdbc;
        this.minProbability = minProbability;
        this.index = new TracingIndex(model.current(), blocking(blockCaps));
    }

    /** Parses "60x400x200" into engine blocking limits; blank means the engine's defaults. */
    static BlockingConfig blocking(String limits) {
        if (limits == null || limits.isBlank()) {
            return BlockingConfig.DEFAULT;
        }
        String[] parts = limits.strip().split("x");
        if (parts.length != 3) {
            throw new IllegalArgumentException("lantern.tracing.block-caps must look like 60x400x200");
        }
        return new BlockingConfig(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
                Integer.parseInt(parts[2].strip()));
    }

    @Override
    public void run(ApplicationArguments args) {
        worker.submit(this::load);
    }

    @TransactionalEventListener
    void onChange(TracingRecordChanged change) {
        worker.submit(() -> refresh(change.side(), change.id()));
    }

    @TransactionalEventListener
    void onDecision(CandidateDecided decision) {
        worker.submit(() -> learn(decision));
    }

    /** Waits until every change so far has been indexed and searched (for tests and the demo). */
    public void awaitIdle() {
        try {
            worker.submit(() -> { }).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("candidate search did not finish", e);
        }
    }

    TracingIndex index() {
        return index;
    }

    /** The best records of the other side for linkage records of {@code side}, consented ones only. */
    List<TracingIndex.Match> candidates(Side side, List<Record> query, int k) {
        return consentedOnly(side.other(), index.candidates(side, query, k));
    }

    /** The best records of {@code side} itself for a query (duplicates, name search), consented ones only. */
    List<TracingIndex.Match> similar(Side side, List<Record> query, int k) {
        return consentedOnly(side, index.similar(side, query, k));
    }

    private List<TracingIndex.Match> consentedOnly(Side side, List<TracingIndex.Match> matches) {
        // consent may have been withdrawn in the cases module since the record was indexed
        Set<UUID> consented = records.consented(side, matches.stream().map(TracingIndex.Match::id).toList());
        return matches.stream().filter(m -> consented.contains(m.id())).toList();
    }

    private void load() {
        long start = System.nanoTime();
        Map<Side, Map<UUID, List<Record>>> all = new HashMap<>();
        List<Record> names = new ArrayList<>();
        for (Side side : Side.values()) {
            Map<UUID, List<Record>> bySide = new HashMap<>();
            for (TracingRecord r : records.loadConsented(side)) {
                bySide.put(r.id(), TracingRecords.linkageRecords(r));
            }
            all.put(side, bySide);
            bySide.values().forEach(names::addAll);
        }
        int population = all.values().stream().mapToInt(Map::size).sum();
        TracingModel fresh = TracingModel.of(names, population);
        fresh.learn(reviewedPairs(all));
        model = fresh;
        index.setModel(fresh.current());
        all.forEach(index::putAll);
        log.info("Tracing index loaded: {} missing reports, {} found persons, {} reviewed pairs in {} ms",
                all.get(Side.MISSING).size(), all.get(Side.FOUND).size(), fresh.reviewedPairs(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private List<LabelledPair> reviewedPairs(Map<Side, Map<UUID, List<Record>>> all) {
        List<LabelledPair> pairs = new ArrayList<>();
        jdbc.sql("SELECT missing_id, found_id, status FROM match_candidate WHERE status IN ('CONFIRMED', 'REJECTED')")
                .query((rs, n) -> {
                    List<Record> missing = all.get(Side.MISSING).get(rs.getObject("missing_id", UUID.class));
                    List<Record> found = all.get(Side.FOUND).get(rs.getObject("found_id", UUID.class));
                    if (missing != null && found != null) {
                        pairs.add(new LabelledPair(missing.getFirst(), found.getFirst(), "CONFIRMED".equals(rs.getString("status"))));
                    }
                    return 1;
                }).list();
        return pairs;
    }

    private void refresh(Side side, UUID id) {
        try {
            TracingRecord record = records.load(side, id).orElse(null);
            if (record == null || !record.tracingConsent()) {
                index.remove(side, id);
                return;
            }
            List<Record> linkage = TracingRecords.linkageRecords(record);
            index.put(side, id, linkage);
            for (TracingIndex.Match match : candidates(side, linkage, PROPOSALS)) {
                if (match.probability() >= minProbability) {
                    propose(side == Side.MISSING ? id : match.id(), side == Side.MISSING ? match.id() : id, match);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Candidate search failed for a {}: {}", side.recordType(), e.getClass().getSimpleName());
        }
    }

    private void propose(UUID missingId, UUID foundId, TracingIndex.Match match) {
        jdbc.sql("""
                INSERT INTO match_candidate (id, missing_id, found_id, score, explanation)
                VALUES (:id, :missing, :found, :score, CAST(:explanation AS jsonb))
                ON CONFLICT (missing_id, found_id) DO UPDATE
                   SET score = EXCLUDED.score, explanation = EXCLUDED.explanation, updated_at = now()
                 WHERE match_candidate.status = 'PENDING'
                """).param("id", UUID.randomUUID()).param("missing", missingId).param("found", foundId)
                .param("score", match.probability())
                .param("explanation", CandidateExplanation.of(match.pair().explanation()).toJson()).update();
    }

    private void learn(CandidateDecided decision) {
        try {
            TracingRecord missing = records.load(Side.MISSING, decision.missingId()).orElse(null);
            TracingRecord found = records.load(Side.FOUND, decision.foundId()).orElse(null);
            if (missing == null || found == null || missing.names().isEmpty() || found.names().isEmpty()) {
                return;
            }
            LabelledPair pair = new LabelledPair(TracingRecords.linkageRecords(missing).getFirst(),
                    TracingRecords.linkageRecords(found).getFirst(), decision.match());
            index.setModel(model.learn(List.of(pair)));
        } catch (RuntimeException e) {
            log.warn("Learning from a reviewed pair failed: {}", e.getClass().getSimpleName());
        }
    }
}

package org.lantern.tracing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.identity.Permission;
import org.lantern.identity.RecordAccess;
import org.lantern.linkage.api.Field;
import org.lantern.linkage.api.FieldContribution;
import org.lantern.linkage.api.Level;
import org.lantern.linkage.api.Record;
import org.lantern.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * Lookups through the same normaliser and index as the matching: the duplicate check before a record is saved,
 * and search by name in any script. Only records with tracing consent are found.
 */
@Service
public class TracingSearch {

    /**
     * A record found. Details (name, place) are filled only when the user may see the record; otherwise the worker
     * learns that a similar record exists in an office, and whom to ask.
     */
    public record Hit(Side side, UUID id, int percent, String nameLevel, boolean visible, String name, String office,
            String eventDistrict) {

        public String nameLevelKey() {
            return "tracing.level." + nameLevel;
        }
    }

    static final int SHOWN = 5;
    static final double DUPLICATE_MIN_PROBABILITY = 0.01;

    private final CandidateSearch candidates;
    private final TracingRecords records;
    private final RecordAccess access;
    private final AuditLog audit;

    TracingSearch(CandidateSearch candidates, TracingRecords records, RecordAccess access, AuditLog audit) {
        this.candidates = candidates;
        this.records = records;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Records that may already be known, for a draft of {@code side} about to be saved: the same person reported
     * twice on the same side, or already on the other side.
     */
    public List<Hit> duplicates(Side side, TracingDraft draft) {
        access.requirePermission(Permission.TRACING_REPORT);
        if (draft.names().isEmpty()) {
            return List.of();
        }
        List<Record> query = TracingRecords.linkageRecords(draft);
        List<Hit> hits = new ArrayList<>();
        for (TracingIndex.Match m : candidates.similar(side, query, SHOWN)) {
            if (m.probability() >= DUPLICATE_MIN_PROBABILITY) {
                hits.add(hit(side, m));
            }
        }
        for (TracingIndex.Match m : candidates.candidates(side, query, SHOWN)) {
            if (m.probability() >= DUPLICATE_MIN_PROBABILITY) {
                hits.add(hit(side.other(), m));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::percent).reversed());
        auditShown(hits, "duplicate check");
        return hits;
    }

    /** Records whose name matches, in any script or spelling, best first; only those the user may see. */
    public List<Hit> byName(String name) {
        access.requirePermission(Permission.TRACING_REPORT);
        if (name == null || name.isBlank() || name.codePoints().noneMatch(Character::isLetter)) {
            throw new InvalidInputException("q", "tracing.error.nameLetters");
        }
        if (name.length() > TracingRecords.MAX_TEXT) {
            throw new InvalidInputException("q", "tracing.error.tooLong");
        }
        List<Record> query = List.of(Record.builder("search#0").name(name.strip()).build());
        List<Hit> hits = new ArrayList<>();
        for (Side side : Side.values()) {
            for (TracingIndex.Match m : candidates.similar(side, query, 20)) {
                Hit hit = hit(side, m);
                if (hit.visible() && !Level.DISAGREE.name().equals(hit.nameLevel())) {
                    hits.add(hit);
                }
            }
        }
        hits.sort(Comparator.comparingDouble((Hit h) -> nameRank(h.nameLevel())));
        auditShown(hits, "name search");
        return hits;
    }

    private static double nameRank(String level) {
        return Level.valueOf(level).ordinal();
    }

    private Hit hit(Side side, TracingIndex.Match m) {
        FieldContribution name = m.pair().explanation().of(Field.NAME);
        String level = name == null ? Level.MISSING.name() : name.level().name();
        int percent = (int) Math.round(m.probability() * 100);
        if (!access.canView(side.recordType(), m.id())) {
            String office = records.load(side, m.id()).map(TracingRecord::office).orElse("");
            return new Hit(side, m.id(), percent, level, false, null, office, null);
        }
        TracingRecord r = records.load(side, m.id()).orElseThrow();
        return new Hit(side, m.id(), percent, level, true, String.join(" / ", r.names()), r.office(), r.eventDistrict());
    }

    private void auditShown(List<Hit> hits, String detail) {
        for (Side side : Side.values()) {
            List<UUID> ids = hits.stream().filter(h -> h.side() == side && h.visible()).map(Hit::id).toList();
            if (!ids.isEmpty()) {
                audit.recordAll(AuditAction.SEARCH, side.recordType(), ids, detail);
            }
        }
    }
}

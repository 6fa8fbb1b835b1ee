package org.lantern.investigation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.protection.FieldProtector;
import org.lantern.protection.ProtectedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entities and links of case networks. An entity is unique per case, kind and normalised value (by
 * its keyed hash); its value is stored encrypted.
 */
@Service
public class NetworkEntities {

    /** An entity with its value in clear, for the viewer. */
    public record Entity(UUID id, EntityKind kind, String label, UUID personId, EvidenceSource source,
            String sourceRef, BigDecimal confidence) {
    }

    /** A recorded link. */
    public record Link(UUID id, UUID from, UUID to, LinkKind kind, EvidenceSource source, String sourceRef,
            BigDecimal confidence, Instant observedAt) {
    }

    /** What an analyst enters for a new entity. */
    public record EntityDraft(EntityKind kind, String value, UUID personId, EvidenceSource source, String sourceRef,
            BigDecimal confidence) {
    }

    /** What an analyst enters for a new link. */
    public record LinkDraft(UUID from, UUID to, LinkKind kind, EvidenceSource source, String sourceRef,
            BigDecimal confidence, Instant observedAt) {
    }

    /**
     * An analyst's statement "this (kind, value) is linked to that (kind, value)", e.g. PERSON "Bada Bhai" OWNS
     * PHONE_NUMBER "+91 90000 10001": both entities are found or created, then linked.
     */
    public record Statement(EntityKind fromKind, String fromValue, LinkKind kind, EntityKind toKind, String toValue,
            EvidenceSource source, String sourceRef, BigDecimal confidence) {
    }

    static final ProtectedColumn DISPLAY_VALUE = new ProtectedColumn("network_entity", "id", "display_value");

    @Configuration(proxyBeanMethods = false)
    static class Columns {
        @Bean
        ProtectedColumn networkEntityDisplayValue() {
            return DISPLAY_VALUE;
        }
    }

    private final JdbcClient jdbc;
    private final FieldProtector protector;
    private final LookupHash hashes;
    private final NetworkAccess access;
    private final AuditLog audit;

    NetworkEntities(JdbcClient jdbc, FieldProtector protector, LookupHash hashes, NetworkAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.protector = protector;
        this.hashes = hashes;
        this.access = access;
        this.audit = audit;
    }

    /** Adds an entity to a case (or returns the existing one with the same value). */
    @Transactional
    public UUID add(UUID caseId, EntityDraft draft) {
        SignedInUser user = access.requireEdit(caseId);
        if (draft.kind() == null) {
            throw new InvalidInputException("kind", "investigation.error.required");
        }
        String value = Identifiers.normalise(draft.kind(), draft.value())
                .orElseThrow(() -> new InvalidInputException("value", "investigation.error.badValue"));
        if (draft.personId() != null && draft.kind() != EntityKind.PERSON) {
            throw new InvalidInputException("personId", "investigation.error.personOnlyForPeople");
        }
        if (draft.personId() != null) {
            access.requirePerson(draft.personId());
        }
        BigDecimal confidence = confidence(draft.confidence());
        UUID id = resolve(caseId, draft.kind(), value, draft.source() == null ? EvidenceSource.ANALYST : draft.source(),
                draft.sourceRef(), confidence, user.id());
        if (draft.personId() != null) {
            jdbc.sql("UPDATE network_entity SET person_id = :p WHERE id = :id").param("p", draft.personId())
                    .param("id", id).update();
        }
        audit.record(AuditAction.CREATE, "network-entity", id, "ok", "case=" + caseId + " kind=" + draft.kind());
        return id;
    }

    /** Records a link between two entities of the case. */
    @Transactional
    public UUID link(UUID caseId, LinkDraft draft) {
        SignedInUser user = access.requireEdit(caseId);
        if (draft.kind() == null) {
            throw new InvalidInputException("kind", "investigation.error.required");
        }
        for (var end : Map.of("from", Optional.ofNullable(draft.from()), "to", Optional.ofNullable(draft.to())).entrySet()) {
            if (end.getValue().isEmpty() || !belongsTo(caseId, end.getValue().get())) {
                throw new InvalidInputException(end.getKey(), "investigation.error.unknownEntity");
            }
        }
        if (draft.from().equals(draft.to())) {
            throw new InvalidInputException("to", "investigation.error.selfLink");
        }
        UUID id = insertLink(caseId, draft, user.id());
        audit.record(AuditAction.CREATE, "network-link", id, "ok", "case=" + caseId + " kind=" + draft.kind());
        return id;
    }

    /** Records an analyst's statement: both entities (created if new) and the link between them. */
    @Transactional
    public UUID record(UUID caseId, Statement statement) {
        access.requireEdit(caseId);
        if (statement.kind() == null) {
            throw new InvalidInputException("kind", "investigation.error.required");
        }
        if (statement.fromKind() == null) {
            throw new InvalidInputException("fromKind", "investigation.error.required");
        }
        if (statement.toKind() == null) {
            throw new InvalidInputException("toKind", "investigation.error.required");
        }
        EvidenceSource source = statement.source() == null ? EvidenceSource.ANALYST : statement.source();
        String ref = statement.sourceRef() == null || statement.sourceRef().isBlank() ? null : statement.sourceRef().strip();
        if (ref != null && ref.length() > 200) {
            throw new InvalidInputException("sourceRef", "investigation.error.tooLong");
        }
        UUID from = add(caseId, new EntityDraft(statement.fromKind(), statement.fromValue(), null, source, ref,
                statement.confidence()), "fromValue");
        UUID to = add(caseId, new EntityDraft(statement.toKind(), statement.toValue(), null, source, ref,
                statement.confidence()), "toValue");
        return link(caseId, new LinkDraft(from, to, statement.kind(), source, ref, statement.confidence(), null));
    }

    private UUID add(UUID caseId, EntityDraft draft, String field) {
        try {
            return add(caseId, draft);
        } catch (InvalidInputException e) {
            throw e.field().equals("value") ? e.forField(field) : e;
        }
    }

    UUID insertLink(UUID caseId, LinkDraft draft, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO network_link (id, case_id, from_entity, to_entity, kind, source, source_ref, confidence,
                                          observed_at, created_by)
                VALUES (:id, :c, :f, :t, :k, :s, :ref, :conf, :at, :by)
                """).param("id", id).param("c", caseId).param("f", draft.from()).param("t", draft.to())
                .param("k", draft.kind().name())
                .param("s", (draft.source() == null ? EvidenceSource.ANALYST : draft.source()).name())
                .param("ref", draft.sourceRef()).param("conf", confidence(draft.confidence()))
                .param("at", draft.observedAt() == null ? null : Timestamp.from(draft.observedAt())).param("by", by)
                .update();
        return id;
    }

    /**
     * The entity of a normalised value in a case, created if new. No access check: callers have checked
     * (imports, demo data, {@link #add}).
     */
    UUID resolve(UUID caseId, EntityKind kind, String normalised, EvidenceSource source, String sourceRef,
            BigDecimal confidence, UUID by) {
        byte[] hash = hashes.of(kind, Identifiers.hashForm(kind, normalised));
        Optional<UUID> existing = find(caseId, kind, hash);
        if (existing.isPresent()) {
            return existing.get();
        }
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                INSERT INTO network_entity (id, case_id, kind, value_hash, display_value, source, source_ref,
                                            confidence, created_by)
                VALUES (:id, :c, :k, :h, :v, :s, :ref, :conf, :by)
                ON CONFLICT (case_id, kind, value_hash) DO NOTHING
                """).param("id", id).param("c", caseId).param("k", kind.name()).param("h", hash)
                .param("v", protector.seal(DISPLAY_VALUE, id, normalised)).param("s", source.name())
                .param("ref", sourceRef).param("conf", confidence == null ? BigDecimal.ONE : confidence)
                .param("by", by).update();
        return inserted == 1 ? id : find(caseId, kind, hash).orElseThrow();
    }

    private Optional<UUID> find(UUID caseId, EntityKind kind, byte[] hash) {
        return jdbc.sql("SELECT id FROM network_entity WHERE case_id = :c AND kind = :k AND value_hash = :h")
                .param("c", caseId).param("k", kind.name()).param("h", hash).query(UUID.class).optional();
    }

    /** The entity of a typed value in a case, if any. Access is the caller's business. */
    Optional<UUID> lookup(UUID caseId, EntityKind kind, String raw) {
        return Identifiers.normalise(kind, raw)
                .flatMap(value -> find(caseId, kind, hashes.of(kind, Identifiers.hashForm(kind, value))));
    }

    boolean belongsTo(UUID caseId, UUID entityId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM network_entity WHERE id = :id AND case_id = :c)")
                .param("id", entityId).param("c", caseId).query(Boolean.class).single();
    }

    /** Every entity of a case with its value decrypted. Access is the caller's business. */
    Map<UUID, Entity> all(UUID caseId) {
        Map<UUID, Entity> result = new HashMap<>();
        jdbc.sql("""
                SELECT id, kind, display_value, person_id, source, source_ref, confidence
                  FROM network_entity WHERE case_id = :c
                """).param("c", caseId).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            result.put(id, new Entity(id, EntityKind.valueOf(rs.getString("kind")),
                    protector.open(DISPLAY_VALUE, id, rs.getBytes("display_value")), rs.getObject("person_id", UUID.class),
                    EvidenceSource.valueOf(rs.getString("source")), rs.getString("source_ref"),
                    rs.getBigDecimal("confidence")));
        });
        return result;
    }

    /** The recorded (non-call) links of a case. Access is the caller's business. */
    List<Link> links(UUID caseId) {
        return jdbc.sql("""
                SELECT id, from_entity, to_entity, kind, source, source_ref, confidence, observed_at
                  FROM network_link WHERE case_id = :c ORDER BY created_at, id
                """).param("c", caseId).query((rs, n) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class), LinkKind.valueOf(rs.getString(4)), EvidenceSource.valueOf(rs.getString(5)),
                rs.getString(6), rs.getBigDecimal(7), rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .list();
    }

    private static BigDecimal confidence(BigDecimal given) {
        if (given == null) {
            return BigDecimal.ONE;
        }
        if (given.signum() < 0 || given.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidInputException("confidence", "investigation.error.confidence");
        }
        return given.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}

package org.lantern.investigation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.platform.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case's network for investigators: the graph view with communities and centrality, a node's
 * neighbourhood, the path between two entities, the common contacts of suspects and the calls behind an
 * edge. Each method checks {@link NetworkAccess} and audits. Analyses are cached per case and time window
 * until the case's entities, links or imports change.
 */
@Service
public class CaseNetworks {

    /** A time window [from, to); either end may be open. */
    public record Window(Instant from, Instant to) {
        public static final Window ALL = new Window(null, null);

        public Window {
            if (from != null && to != null && !from.isBefore(to)) {
                throw new InvalidInputException("to", "investigation.error.window");
            }
        }
    }

    public record Node(UUID id, EntityKind kind, String label, UUID personId, int community, double pageRank,
            double betweenness, int degree) {
    }

    public record Edge(String id, UUID source, UUID target, LinkKind kind, long calls, long seconds, Instant first,
            Instant last, EvidenceSource evidence, BigDecimal confidence) {
    }

    /** Nodes and edges of a view; {@code totalNodes} counts the whole network, {@code truncated} if not all shown. */
    public record Graph(UUID caseId, List<Node> nodes, List<Edge> edges, int communities, int totalNodes,
            boolean truncated) {
    }

    public record CommonContact(UUID id, String label, List<UUID> suspectIds, List<String> suspects) {
    }

    public record CommonContacts(List<String> suspects, List<String> unknown, List<CommonContact> contacts) {
    }

    public record Path(List<Node> nodes, List<Edge> edges) {
    }

    public record Call(Instant start, UUID caller, String callerLabel, UUID callee, String calleeLabel,
            int durationSeconds, String cell, String imei, UUID importId, long line) {
    }

    private static final int CACHE_SIZE = 16;

    private final JdbcClient jdbc;
    private final NetworkAccess access;
    private final NetworkEntities entities;
    private final AuditLog audit;
    private final Map<String, Cached> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private record Cached(String version, NetworkAnalysis analysis) {
    }

    private final TransactionTemplate readOnly;

    CaseNetworks(JdbcClient jdbc, NetworkAccess access, NetworkEntities entities, AuditLog audit,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.access = access;
        this.entities = entities;
        this.audit = audit;
    }

    /**
     * The network of a case: the {@code limit} most central entities (all if fewer) of the chosen kinds
     * (all if empty), with the edges between them.
     */
    public Graph graph(UUID caseId, Window window, Set<EntityKind> kinds, int limit) {
        access.requireView(caseId);
        NetworkAnalysis analysis = analysis(caseId, window);
        List<UUID> shown = new ArrayList<>();
        int total = 0;
        for (UUID id : analysis.byCentrality()) {
            if (kinds.isEmpty() || kinds.contains(analysis.entities().get(id).kind())) {
                total++;
                if (shown.size() < limit) {
                    shown.add(id);
                }
            }
        }
        Graph graph = graph(caseId, analysis, shown, total);
        audit.record(AuditAction.READ, "case-network", caseId, "ok", "nodes=" + graph.nodes().size());
        return graph;
    }

    /** An entity and everything within {@code hops} of it (at most {@code limit} entities). */
    public Graph neighbourhood(UUID caseId, Window window, UUID entity, int hops, int limit) {
        access.requireView(caseId);
        NetworkAnalysis analysis = analysis(caseId, window);
        if (!analysis.entities().containsKey(entity)) {
            throw new InvalidInputException("entity", "investigation.error.unknownEntity");
        }
        List<UUID> around = analysis.neighbourhood(entity, Math.max(1, Math.min(hops, 3)));
        List<UUID> shown = around.subList(0, Math.min(limit, around.size()));
        audit.record(AuditAction.READ, "case-network", caseId, "ok", "neighbourhood of entity " + entity);
        return graph(caseId, analysis, shown, analysis.entities().size());
    }

    /** A fewest-hops path between two entities (ids or phone numbers); empty if unconnected. */
    public Path path(UUID caseId, Window window, String from, String to) {
        access.requireView(caseId);
        UUID a = entityOf(caseId, from).orElseThrow(() -> new InvalidInputException("from", "investigation.error.unknownEntity"));
        UUID b = entityOf(caseId, to).orElseThrow(() -> new InvalidInputException("to", "investigation.error.unknownEntity"));
        NetworkAnalysis analysis = analysis(caseId, window);
        List<UUID> ids = analysis.path(a, b);
        List<Node> nodes = ids.stream().map(id -> node(analysis, id)).toList();
        List<Edge> edges = new ArrayList<>();
        Map<String, List<NetworkAnalysis.Edge>> byPair = byPair(analysis.edges());
        for (int i = 0; i + 1 < ids.size(); i++) {
            byPair.getOrDefault(pair(ids.get(i), ids.get(i + 1)), List.of()).forEach(e -> edges.add(edge(e)));
        }
        audit.record(AuditAction.SEARCH, "case-network", caseId, "ok", "path hops=" + Math.max(0, ids.size() - 1));
        return new Path(nodes, edges);
    }

    /**
     * Phone numbers in contact with at least two of the suspects (or with the one, if only one is given),
     * most suspects first. Suspects are entity ids or phone numbers; unknown ones are listed, not fatal.
     */
    public CommonContacts commonContacts(UUID caseId, Window window, List<String> suspects) {
        access.requireView(caseId);
        List<String> given = suspects == null ? List.of()
                : suspects.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (given.size() < 2) {
            throw new InvalidInputException("numbers", "investigation.error.twoSuspects");
        }
        if (given.size() > 50) {
            throw new InvalidInputException("numbers", "investigation.error.tooManySuspects");
        }
        NetworkAnalysis analysis = analysis(caseId, window);
        List<UUID> ids = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String suspect : given) {
            var id = entityOf(caseId, suspect);
            if (id.isPresent() && !ids.contains(id.get())) {
                ids.add(id.get());
                labels.add(analysis.entities().get(id.get()).label());
            } else if (id.isEmpty()) {
                unknown.add(suspect);
            }
        }
        List<CommonContact> contacts = new ArrayList<>();
        Set<UUID> suspectSet = new HashSet<>(ids);
        analysis.commonContacts(ids, Math.min(2, Math.max(1, ids.size()))).forEach((contact, touching) -> {
            NetworkEntities.Entity entity = analysis.entities().get(contact);
            if (entity.kind() == EntityKind.PHONE_NUMBER && !suspectSet.contains(contact)) {
                contacts.add(new CommonContact(contact, entity.label(), touching,
                        touching.stream().map(t -> analysis.entities().get(t).label()).toList()));
            }
        });
        audit.record(AuditAction.SEARCH, "case-network", caseId, "ok",
                "common contacts suspects=" + ids.size() + " found=" + contacts.size());
        return new CommonContacts(labels, unknown, contacts);
    }

    /** The calls between two entities, oldest first (at most {@code limit}). */
    @Transactional(readOnly = true)
    public List<Call> calls(UUID caseId, Window window, UUID a, UUID b, int limit) {
        access.requireView(caseId);
        Map<UUID, NetworkEntities.Entity> all = analysis(caseId, window).entities();
        List<Call> calls = jdbc.sql("""
                SELECT started_at, caller_id, callee_id, duration_s, cell_id, imei_id, import_id, line
                  FROM call_record
                 WHERE case_id = :c AND ((caller_id = :a AND callee_id = :b) OR (caller_id = :b AND callee_id = :a))
                   AND (CAST(:from AS timestamptz) IS NULL OR started_at >= :from)
                   AND (CAST(:to AS timestamptz) IS NULL OR started_at < :to)
                 ORDER BY started_at, id LIMIT :limit
                """).param("c", caseId).param("a", a).param("b", b).param("from", timestamp(window.from()))
                .param("to", timestamp(window.to())).param("limit", Math.max(1, Math.min(limit, 5000)))
                .query((rs, n) -> {
                    UUID caller = rs.getObject("caller_id", UUID.class);
                    UUID callee = rs.getObject("callee_id", UUID.class);
                    UUID imei = rs.getObject("imei_id", UUID.class);
                    return new Call(rs.getTimestamp("started_at").toInstant(), caller, label(all, caller), callee,
                            label(all, callee), rs.getInt("duration_s"), rs.getString("cell_id"),
                            imei == null ? null : label(all, imei), rs.getObject("import_id", UUID.class), rs.getLong("line"));
                }).list();
        audit.record(AuditAction.READ, "case-network", caseId, "ok", "calls of an edge count=" + calls.size());
        return calls;
    }

    /** The whole network for an export. The caller checks access and audits the export. */
    NetworkAnalysis full(UUID caseId, Window window) {
        return analysis(caseId, window);
    }

    /** An entity id, or the entity of a phone number (or IMEI) in the case. */
    java.util.Optional<UUID> entityOf(UUID caseId, String idOrNumber) {
        if (idOrNumber == null || idOrNumber.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            UUID id = UUID.fromString(idOrNumber.strip());
            return entities.belongsTo(caseId, id) ? java.util.Optional.of(id) : java.util.Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            var number = entities.lookup(caseId, EntityKind.PHONE_NUMBER, idOrNumber);
            return number.isPresent() ? number : entities.lookup(caseId, EntityKind.HANDSET_IMEI, idOrNumber);
        }
    }

    private Graph graph(UUID caseId, NetworkAnalysis analysis, List<UUID> shown, int total) {
        Set<UUID> set = new HashSet<>(shown);
        List<Node> nodes = shown.stream().map(id -> node(analysis, id)).toList();
        List<Edge> edges = analysis.edges().stream().filter(e -> set.contains(e.a()) && set.contains(e.b()))
                .map(CaseNetworks::edge).toList();
        return new Graph(caseId, nodes, edges, analysis.communityCount(), total, shown.size() < total);
    }

    static Node node(NetworkAnalysis analysis, UUID id) {
        NetworkEntities.Entity entity = analysis.entities().get(id);
        NetworkAnalysis.Figures f = analysis.figures(id);
        return new Node(id, entity.kind(), entity.label(), entity.personId(), f.community(), f.pageRank(), f.betweenness(),
                f.degree());
    }

    static Edge edge(NetworkAnalysis.Edge e) {
        return new Edge(e.id(), e.a(), e.b(), e.kind(), e.calls(), e.seconds(), e.first(), e.last(), e.evidence(),
                e.confidence());
    }

    private static String label(Map<UUID, NetworkEntities.Entity> all, UUID id) {
        NetworkEntities.Entity entity = all.get(id);
        return entity == null ? "?" : entity.label();
    }

    private static Map<String, List<NetworkAnalysis.Edge>> byPair(List<NetworkAnalysis.Edge> edges) {
        Map<String, List<NetworkAnalysis.Edge>> result = new HashMap<>();
        for (NetworkAnalysis.Edge e : edges) {
            result.computeIfAbsent(pair(e.a(), e.b()), k -> new ArrayList<>()).add(e);
        }
        return result;
    }

    private static String pair(UUID a, UUID b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    private NetworkAnalysis analysis(UUID caseId, Window window) {
        String version = jdbc.sql("""
                SELECT (SELECT count(*) FROM network_entity WHERE case_id = :c) || '/'
                    || (SELECT count(*) || ':' || coalesce(max(created_at)::text, '') FROM network_link WHERE case_id = :c) || '/'
                    || (SELECT coalesce(sum(rows_stored), 0) || ':' || count(*) FROM cdr_import WHERE case_id = :c)
                """).param("c", caseId).query(String.class).single();
        String key = caseId + "|" + window.from() + "|" + window.to();
        synchronized (cache) {
            Cached cached = cache.get(key);
            if (cached != null && cached.version().equals(version)) {
                return cached.analysis();
            }
        }
        // in a transaction, so that PostgreSQL streams the calls with a cursor instead of sending them all
        NetworkAnalysis analysis = readOnly.execute(tx -> build(caseId, window));
        synchronized (cache) {
            cache.put(key, new Cached(version, analysis));
        }
        return analysis;
    }

    /** Streams the case's calls into the engine and collects the edges of the view. */
    private NetworkAnalysis build(UUID caseId, Window window) {
        Map<UUID, NetworkEntities.Entity> all = entities.all(caseId);
        try (NetworkAnalysis.Contacts log = new NetworkAnalysis.Contacts()) {
            return build(caseId, window, all, log);
        }
    }

    private NetworkAnalysis build(UUID caseId, Window window, Map<UUID, NetworkEntities.Entity> all,
            NetworkAnalysis.Contacts log) {
        Map<String, long[]> calls = new HashMap<>(); // pair -> calls, seconds, first, last
        Map<String, UUID[]> ends = new HashMap<>();
        jdbc.sql("""
                SELECT caller_id, callee_id, started_at, duration_s FROM call_record
                 WHERE case_id = :c
                   AND (CAST(:from AS timestamptz) IS NULL OR started_at >= :from)
                   AND (CAST(:to AS timestamptz) IS NULL OR started_at < :to)
                """).param("c", caseId).param("from", timestamp(window.from())).param("to", timestamp(window.to()))
                .withFetchSize(10_000).query(rs -> {
                    UUID caller = rs.getObject(1, UUID.class);
                    UUID callee = rs.getObject(2, UUID.class);
                    long start = rs.getTimestamp(3).toInstant().getEpochSecond();
                    int seconds = rs.getInt(4);
                    log.add(caller, callee, start, seconds);
                    String key = pair(caller, callee);
                    ends.putIfAbsent(key, caller.compareTo(callee) < 0 ? new UUID[] {caller, callee} : new UUID[] {callee, caller});
                    long[] agg = calls.computeIfAbsent(key, k -> new long[] {0, 0, Long.MAX_VALUE, Long.MIN_VALUE});
                    agg[0]++;
                    agg[1] += seconds;
                    agg[2] = Math.min(agg[2], start);
                    agg[3] = Math.max(agg[3], start);
                });
        List<NetworkAnalysis.Edge> edges = new ArrayList<>();
        calls.forEach((key, agg) -> {
            UUID[] pair = ends.get(key);
            edges.add(new NetworkAnalysis.Edge("c:" + key, pair[0], pair[1], LinkKind.CALLED, agg[0], agg[1],
                    Instant.ofEpochSecond(agg[2]), Instant.ofEpochSecond(agg[3]), EvidenceSource.CDR_IMPORT, BigDecimal.ONE));
        });
        jdbc.sql("""
                SELECT caller_id, imei_id, count(*), min(started_at), max(started_at) FROM call_record
                 WHERE case_id = :c AND imei_id IS NOT NULL
                   AND (CAST(:from AS timestamptz) IS NULL OR started_at >= :from)
                   AND (CAST(:to AS timestamptz) IS NULL OR started_at < :to)
                 GROUP BY caller_id, imei_id
                """).param("c", caseId).param("from", timestamp(window.from())).param("to", timestamp(window.to()))
                .query(rs -> {
                    UUID number = rs.getObject(1, UUID.class);
                    UUID imei = rs.getObject(2, UUID.class);
                    Instant first = rs.getTimestamp(4).toInstant();
                    log.add(number, imei, first.getEpochSecond(), 0);
                    edges.add(new NetworkAnalysis.Edge("h:" + number + "|" + imei, number, imei, LinkKind.USES_HANDSET,
                            rs.getLong(3), 0, first, rs.getTimestamp(5).toInstant(), EvidenceSource.CDR_IMPORT, BigDecimal.ONE));
                });
        for (NetworkEntities.Link link : entities.links(caseId)) {
            Instant at = link.observedAt();
            if (at != null && ((window.from() != null && at.isBefore(window.from()))
                    || (window.to() != null && !at.isBefore(window.to())))) {
                continue;
            }
            log.add(link.from(), link.to(), at == null ? 0 : at.getEpochSecond(), 0);
            edges.add(new NetworkAnalysis.Edge("l:" + link.id(), link.from(), link.to(), link.kind(), 0, 0, at, at,
                    link.source(), link.confidence()));
        }
        edges.sort(java.util.Comparator.comparing(NetworkAnalysis.Edge::id));
        return new NetworkAnalysis(all, edges, log);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

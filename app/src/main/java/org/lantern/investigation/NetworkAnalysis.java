package org.lantern.investigation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.lantern.network.CallNetwork;
import org.lantern.network.api.CallRecord;
import org.lantern.network.api.Partition;
import org.lantern.network.cdr.CallLog;

/**
 * One case's network in a time window, analysed by the engine: the contact graph of its calls, the
 * handsets its numbers used and its recorded links, with communities (Leiden, CPM), PageRank and
 * betweenness. A recorded link or a handset use counts as one contact, so a shared handset ties the
 * numbers that used it together as a call would. Immutable once built.
 */
final class NetworkAnalysis {

    /** An edge of the view: all calls between two entities, or one recorded link. */
    record Edge(String id, UUID a, UUID b, LinkKind kind, long calls, long seconds, Instant first, Instant last,
            EvidenceSource evidence, BigDecimal confidence) {
    }

    /** Figures of one entity. */
    record Figures(int community, double pageRank, double betweenness, int degree) {
        static final Figures NONE = new Figures(-1, 0, 0, 0);
    }

    private final Map<UUID, NetworkEntities.Entity> entities;
    private final List<Edge> edges;
    private final CallNetwork network;
    private final Map<UUID, Figures> figures = new HashMap<>();
    private final int communityCount;

    NetworkAnalysis(Map<UUID, NetworkEntities.Entity> entities, Collection<Edge> edges, CallLog log) {
        this.entities = Map.copyOf(entities);
        this.edges = List.copyOf(edges);
        this.network = CallNetwork.of(log);
        if (log.size() == 0) {
            communityCount = 0;
            return;
        }
        Partition partition = network.communities();
        double[] rank = network.pageRank();
        double[] between = network.betweenness();
        for (int node = 0; node < network.graph().nodeCount(); node++) {
            UUID id = UUID.fromString(network.number(node));
            figures.put(id, new Figures(partition.clusterOf(node), rank[node], between[node], network.graph().degree(node)));
        }
        communityCount = partition.clusterCount();
    }

    /** Builds the engine's call log from calls and edges: one record per call, one per link or handset use. */
    static CallLog log() {
        return new CallLog();
    }

    static void addContact(CallLog log, UUID a, UUID b, long epochSecond, int seconds) {
        log.add(new CallRecord(a.toString(), b.toString(), epochSecond, seconds, null, null));
    }

    Map<UUID, NetworkEntities.Entity> entities() {
        return entities;
    }

    List<Edge> edges() {
        return edges;
    }

    int communityCount() {
        return communityCount;
    }

    Figures figures(UUID entity) {
        return figures.getOrDefault(entity, Figures.NONE);
    }

    boolean connected(UUID entity) {
        return figures.containsKey(entity);
    }

    /** Entities on a fewest-hops path, empty when unconnected. */
    List<UUID> path(UUID from, UUID to) {
        if (!connected(from) || !connected(to)) {
            return List.of();
        }
        return network.shortestPath(from.toString(), to.toString()).stream().map(UUID::fromString).toList();
    }

    /** Entities within {@code hops} of one, nearest first. */
    List<UUID> neighbourhood(UUID entity, int hops) {
        if (!connected(entity)) {
            return List.of(entity);
        }
        return network.neighbourhood(entity.toString(), hops).keySet().stream().map(UUID::fromString).toList();
    }

    /** Entities adjacent to at least {@code minSuspects} of the suspects, with the suspects they touch. */
    Map<UUID, List<UUID>> commonContacts(List<UUID> suspects, int minSuspects) {
        List<String> known = suspects.stream().filter(this::connected).map(UUID::toString).toList();
        Map<UUID, List<UUID>> result = new java.util.LinkedHashMap<>();
        if (known.isEmpty()) {
            return result;
        }
        for (CallNetwork.CommonContact contact : network.commonContacts(known, minSuspects)) {
            result.put(UUID.fromString(contact.number()), contact.suspects().stream().map(UUID::fromString).toList());
        }
        return result;
    }

    /** Entities ordered by PageRank, most central first. */
    List<UUID> byCentrality() {
        List<UUID> ids = new ArrayList<>(entities.keySet());
        ids.sort((x, y) -> {
            int c = Double.compare(figures(y).pageRank(), figures(x).pageRank());
            return c != 0 ? c : x.compareTo(y);
        });
        return ids;
    }
}

package org.lantern.investigation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.lantern.network.CallNetwork;
import org.lantern.network.api.CallRecord;

/**
 * One case's network in a time window, analysed by the engine: the contact graph of its calls, the
 * handsets its numbers used and its recorded links, with communities (Leiden, CPM), PageRank and
 * betweenness. A recorded link or a handset use counts as one contact, so a shared handset ties the
 * numbers that used it together as a call would. Immutable once built.
 *
 * <p>The engine is used through {@link CallNetwork}, its public entry point, and sees only entity keys
 * ({@code e17}, {@code e4}) with times and durations — no phone number, no id of the database.
 */
final class NetworkAnalysis {

    /** An edge of the view: all calls between two entities, or one recorded link. */
    record Edge(String id, UUID a, UUID b, LinkKind kind, long calls, long seconds, java.time.Instant first,
            java.time.Instant last, EvidenceSource evidence, java.math.BigDecimal confidence) {
    }

    /** Figures of one entity. */
    record Figures(int community, double pageRank, double betweenness, int degree) {
        static final Figures NONE = new Figures(-1, 0, 0, 0);
    }

    /** Collects the contacts for the engine, one per call, link or handset use, keyed by entity. */
    static final class Contacts implements AutoCloseable {
        private final Map<UUID, String> keys = new HashMap<>();
        private final List<UUID> entities = new ArrayList<>();
        private final List<CallRecord> calls = new ArrayList<>();

        void add(UUID a, UUID b, long epochSecond, int seconds) {
            calls.add(new CallRecord(key(a), key(b), Math.max(0, epochSecond), Math.max(0, seconds), null, null));
        }

        private String key(UUID entity) {
            return keys.computeIfAbsent(entity, e -> {
                entities.add(e);
                return "e" + (entities.size() - 1);
            });
        }

        /** The engine's network of the contacts, or null when there are none. */
        CallNetwork network() {
            return calls.isEmpty() ? null : CallNetwork.of(calls);
        }

        @Override
        public void close() {
            calls.clear();
        }
    }

    private final Map<UUID, NetworkEntities.Entity> entities;
    private final List<Edge> edges;
    private final CallNetwork network;
    private final Map<UUID, String> keys;
    private final List<UUID> byKey;
    private final Map<UUID, Figures> figures = new HashMap<>();
    private final int communityCount;

    NetworkAnalysis(Map<UUID, NetworkEntities.Entity> entities, Collection<Edge> edges, Contacts contacts) {
        this.entities = Map.copyOf(entities);
        this.edges = List.copyOf(edges);
        this.network = contacts.network();
        this.keys = Map.copyOf(contacts.keys);
        this.byKey = List.copyOf(contacts.entities);
        if (network == null) {
            communityCount = 0;
            return;
        }
        List<CallNetwork.Community> communities = network.communities(1, 1);
        Map<String, Integer> communityOf = new HashMap<>();
        for (CallNetwork.Community community : communities) {
            community.members().forEach(member -> communityOf.put(member, community.id()));
        }
        for (CallNetwork.Centrality centrality : network.topCentral(Integer.MAX_VALUE)) {
            figures.put(entity(centrality.number()), new Figures(communityOf.getOrDefault(centrality.number(), -1),
                    centrality.pageRank(), centrality.betweenness(), centrality.degree()));
        }
        communityCount = communities.size();
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
        return network.shortestPath(keys.get(from), keys.get(to)).stream().map(this::entity).toList();
    }

    /** Entities within {@code hops} of one, nearest first. */
    List<UUID> neighbourhood(UUID entity, int hops) {
        if (!connected(entity)) {
            return List.of(entity);
        }
        return network.neighbourhood(keys.get(entity), hops).keySet().stream().map(this::entity).toList();
    }

    /** Entities adjacent to at least {@code minSuspects} of the suspects, with the suspects they touch. */
    Map<UUID, List<UUID>> commonContacts(List<UUID> suspects, int minSuspects) {
        List<String> known = suspects.stream().filter(this::connected).map(keys::get).toList();
        Map<UUID, List<UUID>> result = new LinkedHashMap<>();
        if (known.isEmpty()) {
            return result;
        }
        for (CallNetwork.CommonContact contact : network.commonContacts(known, minSuspects)) {
            result.put(entity(contact.number()), contact.suspects().stream().map(this::entity).toList());
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

    private UUID entity(String key) {
        return byKey.get(Integer.parseInt(key.substring(1)));
    }
}

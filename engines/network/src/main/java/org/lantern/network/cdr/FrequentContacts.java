package org.lantern.network.cdr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.lantern.network.graph.CsrGraph;

/**
 * A number's most frequent contacts: its neighbours in the contact graph by number of calls
 * (both directions), then total seconds. O(d log d) for degree d.
 */
public final class FrequentContacts {

  /** A contact (node id) with the calls and seconds exchanged. */
  public record Contact(int number, long calls, long seconds) {}

  private FrequentContacts() {}

  /** Up to {@code limit} contacts of {@code number}, most frequent first. */
  public static List<Contact> of(CsrGraph graph, int number, int limit) {
    Objects.requireNonNull(graph, "graph must not be null");
    Objects.checkIndex(number, graph.nodeCount());
    List<Contact> contacts = new ArrayList<>();
    for (int a = graph.arcStart(number); a < graph.arcEnd(number); a++) {
      contacts.add(new Contact(graph.target(a), Math.round(graph.weight(a)), graph.duration(a)));
    }
    contacts.sort(Comparator.comparingLong((Contact c) -> -c.calls())
        .thenComparingLong(c -> -c.seconds()).thenComparingInt(Contact::number));
    return contacts.subList(0, Math.min(limit, contacts.size()));
  }
}

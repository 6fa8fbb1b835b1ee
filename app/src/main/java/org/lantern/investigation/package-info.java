/**
 * Investigations: the network of a case. Typed entities (people, phone numbers, handsets, addresses,
 * vehicles, accounts, organisations, places) and typed links between them, call detail records imported
 * from operators' CSV and XLSX files, and the network analysis of the {@code lantern-network} engine
 * (communities, centrality, paths, common contacts) over a case's calls and links.
 *
 * <p>Tables: {@code network_entity}, {@code network_link}, {@code cdr_import}, {@code cdr_import_problem},
 * {@code call_record}. Entities reference {@code survivor_case(id)} and, for people, {@code person(id)}.
 *
 * <p>Access: a case's network is open only to users holding {@code NETWORK_VIEW} who may see the case
 * (for investigators and lawyers: who are assigned to it); importing needs {@code NETWORK_EDIT} as well.
 * See {@link org.lantern.investigation.NetworkAccess}. Every view, search and export is audited.
 *
 * <p>Encryption: an entity's value (a number, an IMEI, a name, an account) is ciphertext in
 * {@code display_value}; {@code value_hash} is an HMAC-SHA256 of the normalised value under a key of this
 * installation ({@link org.lantern.investigation.LookupHash}), so imports can find the entity of a number
 * and API callers can query by number without any plaintext at rest.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Investigation")
package org.lantern.investigation;

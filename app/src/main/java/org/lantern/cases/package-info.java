/**
 * Survivor cases and the people in them.
 *
 * <p>Tables: {@code person}, {@code person_name}, {@code contact_person}, {@code survivor_case},
 * {@code case_classification}, {@code trafficking_event}, {@code case_perpetrator}, {@code case_assignment},
 * {@code case_share}, {@code case_approval}, {@code case_transfer}, {@code case_change}, {@code consent} (view
 * {@code consent_in_force}) and {@code reference_value}. Other modules may reference {@code person(id)} and
 * {@code survivor_case(id)} and read {@code case_assignment(case_id, user_id, role)}.
 *
 * <p>Access: this module registers the {@link org.lantern.identity.RecordAccessRule}s for record types
 * {@code "case"} and {@code "person"}; see {@link org.lantern.cases.CaseVisibility} for who sees what. Lists and
 * searches apply the same rule inside their SQL. A person without a case is also reachable by its creator and by
 * whoever a {@link org.lantern.cases.PersonCustodian} bean of another module vouches for.
 *
 * <p>Encryption: names, dates of birth, identifying marks, the village of the home address, contact
 * people's names and details, places of trafficking events, approval comments, referral reasons and every
 * value in the change history are ciphertext at rest ({@link org.lantern.protection.FieldProtector}). Block,
 * district, state and country stay plaintext because lists filter and count by them.
 *
 * <p>Search keys, a trade-off: each name also has a plaintext {@code search_key}, its lower-case ASCII
 * transliteration with common spelling variants folded ("पूजा", "পূজা", "Pooja" all become "puja"), indexed
 * with pg_trgm. Encrypted names cannot be searched, and keyed hashes of trigrams would leak almost as much
 * (trigram frequencies) while making fuzzy cross-script matching much harder. A search key is less than the
 * record (no script, no diacritics, no link to the case without the other tables) but it is still personal
 * data: a copy of the database reveals approximately who is in it. It is protected like the rest of the
 * database (owner-only data directory, no network listener outside the host), and never shown or exported.
 *
 * <p>Public API for other modules: {@link org.lantern.cases.Consents#hasConsent} and
 * {@link org.lantern.cases.Consents#requireConsent}, {@link org.lantern.cases.SurvivorCases},
 * {@link org.lantern.cases.People} (including {@link org.lantern.cases.People#createStandalone}, a person without a
 * case), {@link org.lantern.cases.CaseTeam}, {@link org.lantern.cases.CaseRecords} (full records of the visible cases,
 * batch by batch, for exports); each checks access itself. SPI: {@link org.lantern.cases.PersonCustodian}. Export, case
 * summary PDF and register import live in {@code org.lantern.cases.io}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package org.lantern.cases;

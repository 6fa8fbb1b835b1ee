/**
 * Tracing: missing-person reports and found or rescued persons, matched across scripts and spellings.
 *
 * <p>Tables: {@code missing_report}, {@code found_person}, {@code match_candidate}, {@code tracing_link} and
 * {@code tracing_notification}. Each report and found person is also a person in the cases module. A missing
 * report's person has no case ({@link org.lantern.cases.People#createStandalone}, permission TRACING_REPORT); a
 * found person gets a case ({@link org.lantern.cases.SurvivorCases#register}) when the registering worker holds
 * CASES_EDIT, otherwise none. Tracing consent is the cases module's {@code TRACING} consent of that person; records
 * without it are neither indexed nor proposed. {@link org.lantern.tracing.TracingPersonCustodian} tells the cases
 * module who may reach those people.
 *
 * <p>Matching: {@link org.lantern.tracing.TracingIndex} keeps one in-memory linkage index per side, loaded at
 * start-up and updated after every committed change; {@link org.lantern.tracing.CandidateSearch} queues the best
 * pairs for review in {@code match_candidate}. Reviewers' decisions refine the model
 * ({@link org.lantern.tracing.TracingModel}).
 *
 * <p>Access: record types {@code "missing-report"} and {@code "found-person"}, see
 * {@link org.lantern.tracing.TracingAccessRules}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracing")
package org.lantern.tracing;

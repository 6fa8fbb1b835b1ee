package org.lantern.cases;

import java.time.LocalDate;

/**
 * A consent given when a person is registered, e.g. a family's consent to tracing taken with the missing report.
 * {@code givenOn} may be null: today.
 */
public record ConsentGrant(ConsentPurpose purpose, LocalDate givenOn, ConsentMethod method) {
}

package org.lantern.cases;

import org.lantern.platform.web.InvalidInputException;

/** Thrown when an action needs a consent the person has not given (or has withdrawn). Field: {@code consent}. */
public class ConsentMissingException extends InvalidInputException {

    private final ConsentPurpose purpose;

    public ConsentMissingException(ConsentPurpose purpose) {
        super("consent", "cases.error.consentMissing");
        this.purpose = purpose;
    }

    public ConsentPurpose purpose() {
        return purpose;
    }
}

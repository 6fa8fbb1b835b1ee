package org.lantern.cases;

import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSourceResolvable;

/**
 * Lets another module say what of its own work still keeps a case from being closed (a survivor still in a
 * shelter, visits still to make). Requesting and approving a closure are refused while any bean implementing
 * this reports open work. This module knows only this interface, never the modules implementing it.
 */
public interface CaseClosureCheck {

    /**
     * What is still open for the case; empty when nothing is. Called after the case's own access checks, so it
     * checks none itself and reveals only counts.
     */
    List<OpenWork> openWork(UUID caseId);

    /** Some open work: a message key taking the count as {0}, e.g. "2 follow-ups still scheduled". */
    record OpenWork(String messageKey, int count) implements MessageSourceResolvable {

        @Override
        public String[] getCodes() {
            return new String[] {messageKey};
        }

        @Override
        public Object[] getArguments() {
            return new Object[] {count};
        }
    }
}

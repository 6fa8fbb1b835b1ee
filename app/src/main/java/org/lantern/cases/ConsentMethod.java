package org.lantern.cases;

/** How consent was given. */
public enum ConsentMethod {
    WRITTEN, VERBAL, GUARDIAN;

    public String messageKey() {
        return "cases.enum.ConsentMethod." + name();
    }
}

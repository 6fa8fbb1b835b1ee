package org.lantern.cases;

/** What a partner sees of a shared case: SUMMARY hides the person (names, address); FULL shows them. */
public enum ShareScope {
    SUMMARY, FULL;

    public String messageKey() {
        return "cases.enum.ShareScope." + name();
    }
}

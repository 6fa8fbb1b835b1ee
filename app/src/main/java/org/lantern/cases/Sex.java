package org.lantern.cases;

/** Sex as recorded by the caseworker. */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN;

    public String messageKey() {
        return "cases.enum.Sex." + name();
    }
}

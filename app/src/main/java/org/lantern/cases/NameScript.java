package org.lantern.cases;

/** The writing system of a name. */
public enum NameScript {
    LATIN, DEVANAGARI, BENGALI, OTHER;

    public String messageKey() {
        return "cases.enum.NameScript." + name();
    }
}

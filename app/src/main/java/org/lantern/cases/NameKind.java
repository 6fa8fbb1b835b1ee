package org.lantern.cases;

/** What a name is to its bearer. */
public enum NameKind {
    OFFICIAL, ALIAS, PET_NAME;

    public String messageKey() {
        return "cases.enum.NameKind." + name();
    }
}

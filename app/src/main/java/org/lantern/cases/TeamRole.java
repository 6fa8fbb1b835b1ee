package org.lantern.cases;

/** A worker's part in a case team. */
public enum TeamRole {
    LEAD_CASEWORKER, CASEWORKER, COUNSELLOR, LAWYER, INVESTIGATOR;

    public String messageKey() {
        return "cases.enum.TeamRole." + name();
    }
}

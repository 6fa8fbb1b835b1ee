package org.lantern.investigation;

/** How two entities are related. CALLED edges come from call records; the others are recorded links. */
public enum LinkKind {
    CALLED, USES_HANDSET, LIVES_AT, OWNS, PAID, EMPLOYS, RECRUITED, TRANSPORTED, CONTROLS, MEMBER_OF, SEEN_AT,
    USES_ACCOUNT, RELATED_TO;

    public String messageKey() {
        return "investigation.enum.LinkKind." + name();
    }
}

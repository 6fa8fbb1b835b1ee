package org.lantern.cases;

/** Whether trafficking is suspected or has been decided (and by whom, on the case). */
public enum TraffickingStatus {
    POSSIBLE, ACTUAL;

    public String messageKey() {
        return "cases.enum.TraffickingStatus." + name();
    }
}

package org.lantern.cases;

/** The stages of a trafficking history. */
public enum TraffickingStage {
    RECRUITMENT, TRANSIT, EXPLOITATION;

    public String messageKey() {
        return "cases.enum.TraffickingStage." + name();
    }
}

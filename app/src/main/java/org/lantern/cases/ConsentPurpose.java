package org.lantern.cases;

/** What a person may consent to. Each purpose is given and withdrawn on its own. */
public enum ConsentPurpose {
    /** Receiving care and services. */
    SERVICES,
    /** Sharing the record with partner organisations or police. */
    DATA_SHARING,
    /** Being traced, or being part of tracing of missing people. */
    TRACING,
    /** Use of de-identified data in research. */
    RESEARCH;

    public String messageKey() {
        return "cases.enum.ConsentPurpose." + name();
    }
}

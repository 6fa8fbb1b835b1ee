package org.lantern.investigation;

/** Where an entity or link comes from: the case file, a document, a CDR import, or an analyst's judgement. */
public enum EvidenceSource {
    CASE, DOCUMENT, CDR_IMPORT, ANALYST;

    public String messageKey() {
        return "investigation.enum.EvidenceSource." + name();
    }
}

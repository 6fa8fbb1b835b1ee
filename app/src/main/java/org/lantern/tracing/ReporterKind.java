package org.lantern.tracing;

/** Who reported a person missing. */
public enum ReporterKind {
    FAMILY, POLICE, CHILD_WELFARE_COMMITTEE, OTHER;

    public String messageKey() {
        return "tracing.enum.ReporterKind." + name();
    }
}

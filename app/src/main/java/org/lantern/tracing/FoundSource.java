package org.lantern.tracing;

/** Where a found or rescued person came to notice. */
public enum FoundSource {
    RESCUE_OPERATION, SHELTER, RAILWAY_CHILD_HELP_DESK, POLICE, OTHER;

    public String messageKey() {
        return "tracing.enum.FoundSource." + name();
    }
}

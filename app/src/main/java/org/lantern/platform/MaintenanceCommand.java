package org.lantern.platform;

/** An operator's command run from {@code ./lantern NAME} against the same database and keys as the server. */
public interface MaintenanceCommand {

    /** The words that select it, e.g. {@code "audit verify"}. */
    String name();

    String summary();

    /** Runs the command and returns the process exit code. */
    int execute(String[] args);
}

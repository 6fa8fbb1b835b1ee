package org.lantern.tracing;

import java.util.UUID;

/** Published when a missing report or found person was created or changed; candidates are searched after commit. */
public record TracingRecordChanged(Side side, UUID id) {
}

package org.lantern.tracing;

import java.util.UUID;

/** A reviewer confirmed or rejected a pair; the model learns from it after commit. */
record CandidateDecided(UUID missingId, UUID foundId, boolean match) {
}

package org.lantern.network.community;

import org.lantern.network.api.CommunityDetector;

/** The engine's default community detection and the reasoning for it. */
public final class Communities {

  private Communities() {}

  /** The detector used when none is chosen. */
  public static CommunityDetector defaultDetector() {
    return defaultModularity();
  }

  /** Modularity at the default resolution. */
  public static Leiden defaultModularity() {
    return Leiden.modularity(1.0);
  }
}

/**
 * What every module stands on: the data directory, the database, the web shell (layout, languages,
 * navigation, error pages) and the operator's commands. Holds no domain logic.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.lantern.platform;

/**
 * Protection of sensitive data at rest: authenticated encryption (Google Tink) of sensitive columns
 * ({@link org.lantern.protection.FieldProtector}) and uploaded files ({@link org.lantern.protection.FileProtector}),
 * with key rotation that keeps old data readable ({@link org.lantern.protection.KeyRotation}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Protection")
package org.lantern.protection;

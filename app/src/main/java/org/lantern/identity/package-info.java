/**
 * Identity and access: users and roles, sign-in with Argon2id passwords and TOTP second factor,
 * throttling and lockout, personal API tokens, and {@link org.lantern.identity.RecordAccess}, the one
 * place that answers "may this user see or change this record".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package org.lantern.identity;

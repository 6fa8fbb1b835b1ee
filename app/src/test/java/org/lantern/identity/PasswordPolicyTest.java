package org.lantern.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongPassphrase() {
        assertThat(policy.problem("monsoon kettle orbit tamarind", "asha")).isEmpty();
    }

    @Test
    void refusesShortCommonAndPersonalPasswords() {
        assertThat(policy.problem("short", "asha")).contains("password.tooShort");
        assertThat(policy.problem("password1234", "asha")).contains("password.common");
        assertThat(policy.problem("Welcome@2025", "asha")).contains("password.common");
        assertThat(policy.problem("ashaasha-river-9", "asha")).contains("password.containsUsername");
        assertThat(policy.problem("aaaaaaaaaaaaaaa", "asha")).isPresent();
        assertThat(policy.problem("x".repeat(129), "asha")).contains("password.tooLong");
    }
}

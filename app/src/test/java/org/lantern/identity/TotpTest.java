package org.lantern.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TotpTest {

    // RFC 6238, Appendix B, SHA-1 secret "12345678901234567890"; 8-digit values truncated to 6.
    private final byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void matchesTheRfcTestVectors() {
        assertThat(Totp.codeAt(secret, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.codeAt(secret, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.codeAt(secret, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }

    @Test
    void acceptsOneStepOfClockDriftAndNoMore() {
        Instant now = Instant.ofEpochSecond(1111111109);
        assertThat(Totp.matchingStep(secret, Totp.codeAt(secret, now.minusSeconds(30)), now)).isPresent();
        assertThat(Totp.matchingStep(secret, Totp.codeAt(secret, now.minusSeconds(90)), now)).isEmpty();
        assertThat(Totp.matchingStep(secret, "12345", now)).isEmpty();
        assertThat(Totp.matchingStep(secret, null, now)).isEmpty();
    }

    @Test
    void encodesSecretsInBase32ForAuthenticatorApps() {
        assertThat(Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"))
                .isEqualTo("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    }
}

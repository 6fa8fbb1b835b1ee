package org.lantern.investigation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.lantern.platform.DataDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Keyed hashes (HMAC-SHA256) of normalised entity values, for equality lookups and joins over values that
 * are stored only as ciphertext. Without the key a hash cannot be checked against a guessed phone number,
 * which a plain hash of a 10-digit number would allow in seconds. The key is 32 random bytes in
 * {@code <data>/keys/lookup.key} (owner-only), or {@code LANTERN_LOOKUP_KEY} (base64) from a secret store.
 * It is never rotated in place: a new key would need every hash recomputed from the decrypted values.
 */
@Component
public class LookupHash {

    private final SecretKeySpec key;

    LookupHash(DataDirectory dataDirectory, @Value("${LANTERN_LOOKUP_KEY:}") String fromEnvironment) {
        this.key = new SecretKeySpec(load(dataDirectory, fromEnvironment), "HmacSHA256");
    }

    /** The keyed hash of an already normalised value, bound to its kind. */
    public byte[] of(EntityKind kind, String normalisedValue) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(kind.name().getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] load(DataDirectory dataDirectory, String fromEnvironment) {
        if (StringUtils.hasText(fromEnvironment)) {
            return Base64.getDecoder().decode(fromEnvironment.trim());
        }
        Path file = dataDirectory.directory("keys").resolve("lookup.key");
        try {
            synchronized (LookupHash.class) {
                if (!Files.exists(file)) {
                    byte[] fresh = new byte[32];
                    new SecureRandom().nextBytes(fresh);
                    DataDirectory.writeSecret(file, Base64.getEncoder().encodeToString(fresh));
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot read the lookup key " + file, e);
        }
    }
}

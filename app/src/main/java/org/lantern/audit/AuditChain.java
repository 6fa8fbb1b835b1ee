package org.lantern.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.lantern.platform.DataDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Computes the link of each audit entry to the one before it.
 *
 * <p>The link is an HMAC keyed with a secret kept outside the database ({@code <data>/keys/audit-chain.key}
 * or {@code LANTERN_AUDIT_CHAIN_KEY}), so someone who can write to the audit table cannot forge a
 * consistent chain after editing or deleting a row.
 */
@Component
class AuditChain {

    static final String GENESIS = "0".repeat(64);
    private final byte[] key;

    AuditChain(DataDirectory dataDirectory, @Value("${LANTERN_AUDIT_CHAIN_KEY:}") String keyFromEnvironment) {
        this.key = StringUtils.hasText(keyFromEnvironment)
                ? HexFormat.of().parseHex(keyFromEnvironment.trim())
                : loadOrCreate(dataDirectory.directory("keys").resolve("audit-chain.key"));
    }

    String link(String previousHash, AuditEntry entry) {
        String content = String.join("\u001f", previousHash, Long.toString(entry.sequence()),
                Long.toString(entry.occurredAt().toEpochMilli() * 1000 + entry.occurredAt().getNano() / 1000 % 1000),
                String.valueOf(entry.actorId()), String.valueOf(entry.actor()), entry.action().name(),
                String.valueOf(entry.subjectType()), String.valueOf(entry.subjectId()), String.valueOf(entry.outcome()),
                String.valueOf(entry.clientAddress()), String.valueOf(entry.detail()));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    private static byte[] loadOrCreate(java.nio.file.Path file) {
        try {
            if (!java.nio.file.Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                DataDirectory.writeSecret(file, HexFormat.of().formatHex(fresh));
            }
            return HexFormat.of().parseHex(java.nio.file.Files.readString(file).trim());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot read the audit chain key " + file, e);
        }
    }
}

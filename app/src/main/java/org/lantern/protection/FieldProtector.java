package org.lantern.protection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.RegistryConfiguration;
import org.springframework.stereotype.Component;

/**
 * Encrypts and decrypts sensitive column values. What reaches PostgreSQL is ciphertext; plaintext exists
 * only in the application's memory.
 */
@Component
public class FieldProtector {

    private final Keysets keysets;
    private volatile Primitive<Aead> primitive;

    FieldProtector(Keysets keysets) {
        this.keysets = keysets;
    }

    /** Encrypts {@code plaintext} for one row of one column; {@code null} stays {@code null}. */
    public byte[] seal(ProtectedColumn column, Object rowKey, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        return seal(column, rowKey, plaintext.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] seal(ProtectedColumn column, Object rowKey, byte[] plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            return aead().encrypt(plaintext, column.associatedData(rowKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed for " + column.table() + "." + column.column(), e);
        }
    }

    public String open(ProtectedColumn column, Object rowKey, byte[] ciphertext) {
        byte[] plaintext = openBytes(column, rowKey, ciphertext);
        return plaintext == null ? null : new String(plaintext, StandardCharsets.UTF_8);
    }

    public byte[] openBytes(ProtectedColumn column, Object rowKey, byte[] ciphertext) {
        if (ciphertext == null) {
            return null;
        }
        try {
            return aead().decrypt(ciphertext, column.associatedData(rowKey));
        } catch (GeneralSecurityException e) {
            // Never include the value: this message may reach a log.
            throw new IllegalStateException("A value of " + column.table() + "." + column.column()
                    + " does not decrypt: wrong key, or it was moved from another row", e);
        }
    }

    /** The primitive of the current keyset, built once per keyset rather than once per value. */
    private Aead aead() throws GeneralSecurityException {
        var handle = keysets.current(Keysets.Purpose.FIELDS);
        Primitive<Aead> cached = primitive;
        if (cached == null || cached.handle() != handle) {
            cached = new Primitive<>(handle, handle.getPrimitive(RegistryConfiguration.get(), Aead.class));
            primitive = cached;
        }
        return cached.value();
    }
}

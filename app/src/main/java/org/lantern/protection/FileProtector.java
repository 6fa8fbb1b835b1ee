package org.lantern.protection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import org.springframework.stereotype.Component;

/**
 * Streams uploaded files through authenticated encryption in 4 KB segments, so a file of any size is
 * encrypted and decrypted without ever being whole in memory.
 */
@Component
public class FileProtector {

    private final Keysets keysets;
    private volatile Primitive<StreamingAead> primitive;

    FileProtector(Keysets keysets) {
        this.keysets = keysets;
    }

    /** Wraps {@code ciphertextSink}: what is written to the returned stream is stored encrypted. */
    public OutputStream encrypting(OutputStream ciphertextSink, String fileId) throws IOException {
        try {
            return streamingAead().newEncryptingStream(ciphertextSink, associatedData(fileId));
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot start encrypting file " + fileId, e);
        }
    }

    public InputStream decrypting(InputStream ciphertextSource, String fileId) throws IOException {
        try {
            return streamingAead().newDecryptingStream(ciphertextSource, associatedData(fileId));
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot start decrypting file " + fileId, e);
        }
    }

    /** The primitive of the current keyset, built once per keyset rather than once per value. */
    private StreamingAead streamingAead() throws GeneralSecurityException {
        var handle = keysets.current(Keysets.Purpose.FILES);
        Primitive<StreamingAead> cached = primitive;
        if (cached == null || cached.handle() != handle) {
            cached = new Primitive<>(handle, handle.getPrimitive(RegistryConfiguration.get(), StreamingAead.class));
            primitive = cached;
        }
        return cached.value();
    }

    private static byte[] associatedData(String fileId) {
        return ("file:" + fileId).getBytes(StandardCharsets.UTF_8);
    }
}

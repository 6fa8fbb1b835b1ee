package org.lantern.protection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import org.lantern.platform.DataDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Loads, creates and rotates the two keysets: one for fields (AES-256-GCM), one for files
 * (AES-256-GCM-HKDF streaming, 4 KB segments).
 *
 * <p>Keysets live in {@code <data>/keys/} readable by the owner only, or come from the environment
 * ({@code LANTERN_FIELD_KEYSET}, {@code LANTERN_FILE_KEYSET}, Tink JSON) where a secret store provides
 * them. A file that another process rotated is picked up on the next use, so the server keeps running
 * through a rotation.
 */
@Component
class Keysets {

    enum Purpose {
        FIELDS("fields.json", PredefinedAeadParameters.AES256_GCM),
        FILES("files.json", PredefinedStreamingAeadParameters.AES256_GCM_HKDF_4KB);

        final String fileName;
        final Parameters parameters;

        Purpose(String fileName, Parameters parameters) {
            this.fileName = fileName;
            this.parameters = parameters;
        }
    }

    static {
        try {
            AeadConfig.register();
            StreamingAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Path directory;
    private final String fieldKeysetFromEnvironment;
    private final String fileKeysetFromEnvironment;
    private final java.util.Map<Purpose, Loaded> loaded = new java.util.concurrent.ConcurrentHashMap<>();

    private record Loaded(KeysetHandle handle, FileTime modified, long checkedAtNanos) {
    }

    /** A rotated keyset file is noticed within this time; between checks no file is touched. */
    private static final long RECHECK_NANOS = 1_000_000_000L;

    Keysets(DataDirectory dataDirectory,
            @Value("${LANTERN_FIELD_KEYSET:}") String fieldKeysetFromEnvironment,
            @Value("${LANTERN_FILE_KEYSET:}") String fileKeysetFromEnvironment) {
        this.directory = dataDirectory.directory("keys");
        this.fieldKeysetFromEnvironment = fieldKeysetFromEnvironment;
        this.fileKeysetFromEnvironment = fileKeysetFromEnvironment;
    }

    KeysetHandle current(Purpose purpose) {
        Loaded cached = loaded.get(purpose);
        if (cached != null && System.nanoTime() - cached.checkedAtNanos() < RECHECK_NANOS) {
            return cached.handle();
        }
        return reload(purpose);
    }

    private synchronized KeysetHandle reload(Purpose purpose) {
        String fromEnvironment = purpose == Purpose.FIELDS ? fieldKeysetFromEnvironment : fileKeysetFromEnvironment;
        if (StringUtils.hasText(fromEnvironment)) {
            return loaded.computeIfAbsent(purpose, p -> new Loaded(parse(fromEnvironment), null, Long.MAX_VALUE / 2)).handle();
        }
        Path file = directory.resolve(purpose.fileName);
        try {
            if (!Files.exists(file)) {
                save(file, KeysetHandle.generateNew(purpose.parameters));
            }
            FileTime modified = Files.getLastModifiedTime(file);
            Loaded cached = loaded.get(purpose);
            KeysetHandle handle = cached != null && modified.equals(cached.modified())
                    ? cached.handle() : parse(Files.readString(file));
            loaded.put(purpose, new Loaded(handle, modified, System.nanoTime()));
            return handle;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the keyset " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create the keyset " + file, e);
        }
    }

    /** Adds a fresh key and makes it primary; earlier keys stay so existing ciphertext still decrypts. */
    synchronized int rotate(Purpose purpose) {
        String fromEnvironment = purpose == Purpose.FIELDS ? fieldKeysetFromEnvironment : fileKeysetFromEnvironment;
        if (StringUtils.hasText(fromEnvironment)) {
            throw new IllegalStateException("The " + purpose.name().toLowerCase() + " keyset comes from the "
                    + "environment; rotate it in the secret store that provides it.");
        }
        try {
            KeysetHandle rotated = KeysetHandle.newBuilder(current(purpose))
                    .addEntry(KeysetHandle.generateEntryFromParameters(purpose.parameters).withRandomId().makePrimary())
                    .build();
            Path file = directory.resolve(purpose.fileName);
            save(file, rotated);
            loaded.put(purpose, new Loaded(rotated, Files.getLastModifiedTime(file), System.nanoTime()));
            return rotated.getPrimary().getId();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot rotate the " + purpose + " keyset", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeysetHandle parse(String json) {
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The keyset is not a valid Tink JSON keyset", e);
        }
    }

    private static void save(Path file, KeysetHandle handle) throws GeneralSecurityException {
        DataDirectory.writeSecret(file, TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get()));
    }
}

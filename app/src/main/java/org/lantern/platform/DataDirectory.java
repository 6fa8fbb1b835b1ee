package org.lantern.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The directory that holds everything a Lantern installation must keep: the embedded database, the
 * encryption keysets, the audit chain key. Created readable by its owner only.
 */
@Component
public class DataDirectory {

    private final Path root;

    public DataDirectory(@Value("${lantern.data-dir:./lantern-data}") String location) {
        this.root = Path.of(location).toAbsolutePath().normalize();
        createPrivateDirectory(root);
    }

    public Path root() {
        return root;
    }

    /** A sub-directory, created owner-only on first use. */
    public Path directory(String name) {
        Path directory = root.resolve(name);
        createPrivateDirectory(directory);
        return directory;
    }

    public Path file(String name) {
        return root.resolve(name);
    }

    /** Writes a secret file atomically so that only the owner can ever read it. */
    public static void writeSecret(Path file, String content) {
        try {
            Path temporary = Files.createTempFile(file.getParent(), ".secret", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, content);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void createPrivateDirectory(Path directory) {
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + directory, e);
        }
    }
}

package org.lantern.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lantern.support.LanternTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@LanternTest
class FieldProtectionTest {

    private static final ProtectedColumn SECRET = new ProtectedColumn("protection_probe", "id", "secret");

    @Autowired FieldProtector fields;
    @Autowired FileProtector files;
    @Autowired KeyRotation rotation;
    @Autowired JdbcClient jdbc;

    @Test
    void onlyCiphertextReachesPostgres() {
        jdbc.sql("CREATE TABLE IF NOT EXISTS protection_probe (id uuid PRIMARY KEY, secret bytea)").update();
        UUID id = UUID.randomUUID();
        String plaintext = "পূজা খাতুন, Satkhira";
        jdbc.sql("INSERT INTO protection_probe VALUES (:id, :secret)").param("id", id)
                .param("secret", fields.seal(SECRET, id, plaintext)).update();

        byte[] stored = jdbc.sql("SELECT secret FROM protection_probe WHERE id = :id").param("id", id)
                .query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("Satkhira");
        assertThat(containsBytes(stored, plaintext.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM protection_probe WHERE position(convert_to('Satkhira', 'UTF8') in secret) > 0")
                .query(Long.class).single()).isZero();
        assertThat(fields.open(SECRET, id, stored)).isEqualTo(plaintext);
    }

    @Test
    void aValueMovedToAnotherRowNoLongerDecrypts() {
        byte[] sealed = fields.seal(SECRET, "row-1", "secret");
        assertThatThrownBy(() -> fields.open(SECRET, "row-2", sealed)).hasMessageContaining("does not decrypt");
    }

    @Test
    void rotationKeepsOldDataReadable() {
        byte[] before = fields.seal(SECRET, "row", "written before rotation");
        rotation.rotate();
        byte[] after = fields.seal(SECRET, "row", "written after rotation");
        assertThat(fields.open(SECRET, "row", before)).isEqualTo("written before rotation");
        assertThat(fields.open(SECRET, "row", after)).isEqualTo("written after rotation");
        assertThat(rotation.reencryptAll()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void filesAreStreamedThroughAuthenticatedEncryption() throws Exception {
        byte[] document = "Medical report of a synthetic person ".repeat(5000).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        try (OutputStream out = files.encrypting(stored, "file-1")) {
            out.write(document);
        }
        assertThat(containsBytes(stored.toByteArray(), "Medical report".getBytes(StandardCharsets.UTF_8))).isFalse();
        try (var in = files.decrypting(new ByteArrayInputStream(stored.toByteArray()), "file-1")) {
            assertThat(in.readAllBytes()).isEqualTo(document);
        }
    }

    private static boolean containsBytes(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

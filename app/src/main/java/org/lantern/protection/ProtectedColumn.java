package org.lantern.protection;

import java.util.Objects;

/**
 * A database column that holds ciphertext. The associated data binds each ciphertext to its table,
 * column and row, so a value copied into another row or column no longer decrypts.
 *
 * <p>Modules declare their protected columns as beans; {@link KeyRotation} re-encrypts them all.
 *
 * @param table     the table name
 * @param keyColumn the column that identifies a row (its value is part of the associated data)
 * @param column    the encrypted {@code bytea} column
 */
public record ProtectedColumn(String table, String keyColumn, String column) {

    public ProtectedColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(keyColumn, "keyColumn");
        Objects.requireNonNull(column, "column");
        if (!(table + keyColumn + column).matches("[a-z_0-9]+")) {
            throw new IllegalArgumentException("Protected column names must be plain SQL identifiers");
        }
    }

    byte[] associatedData(Object rowKey) {
        return (table + "." + column + ":" + rowKey).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}

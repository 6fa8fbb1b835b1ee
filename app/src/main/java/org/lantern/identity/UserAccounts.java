package org.lantern.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code app_user} and {@code user_role} tables. */
@Repository
public class UserAccounts {

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> byUsername(String username) {
        return withRoles(jdbc.sql("SELECT * FROM app_user WHERE username = :username").param("username", username)
                .query((rs, n) -> map(rs, Set.of())).optional());
    }

    public Optional<UserAccount> byId(UUID id) {
        return withRoles(jdbc.sql("SELECT * FROM app_user WHERE id = :id").param("id", id)
                .query((rs, n) -> map(rs, Set.of())).optional());
    }

    /** Roles are read after the row, never inside its mapper, so a lookup holds one connection at a time. */
    private Optional<UserAccount> withRoles(Optional<UserAccount> account) {
        return account.map(a -> {
            Set<Role> roles = rolesOf(a.id());
            return new UserAccount(a.id(), a.username(), a.displayName(), a.passwordHash(), a.mustChangePassword(),
                    a.totpSecret(), a.totpEnabled(), a.totpLastStep(), a.failedAttempts(), a.lockedUntil(), a.enabled(),
                    a.office(), a.createdAt(), a.lastSignInAt(), roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles));
        });
    }

    public List<UserAccount> all() {
        Map<UUID, Set<Role>> roles = allRoles();
        return jdbc.sql("SELECT * FROM app_user ORDER BY username")
                .query((rs, n) -> map(rs, roles.getOrDefault(rs.getObject("id", UUID.class), Set.of()))).list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
    }

    @Transactional
    public UUID create(String username, String displayName, String passwordHash, boolean mustChangePassword,
            Set<Role> roles, String office) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, password_hash, must_change_password, office)
                VALUES (:id, :username, :displayName, :hash, :mustChange, :office)
                """)
                .param("id", id).param("username", username).param("displayName", displayName)
                .param("hash", passwordHash).param("mustChange", mustChangePassword).param("office", office)
                .update();
        replaceRoles(id, roles);
        return id;
    }

    @Transactional
    public void update(UUID id, String displayName, Set<Role> roles, String office, boolean enabled) {
        jdbc.sql("UPDATE app_user SET display_name = :displayName, office = :office, enabled = :enabled WHERE id = :id")
                .param("id", id).param("displayName", displayName).param("office", office).param("enabled", enabled)
                .update();
        replaceRoles(id, roles);
    }

    public void setPassword(UUID id, String passwordHash, boolean mustChange) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash, must_change_password = :mustChange WHERE id = :id")
                .param("id", id).param("hash", passwordHash).param("mustChange", mustChange).update();
    }

    public void setTotp(UUID id, byte[] encryptedSecret, boolean enabled) {
        jdbc.sql("UPDATE app_user SET totp_secret = :secret, totp_enabled = :enabled, totp_last_step = 0 WHERE id = :id")
                .param("id", id).param("secret", encryptedSecret).param("enabled", enabled).update();
    }

    public void enableTotp(UUID id) {
        jdbc.sql("UPDATE app_user SET totp_enabled = true WHERE id = :id").param("id", id).update();
    }

    /** Records the time step of a used code; returns false if it (or a later one) was already used. */
    public boolean consumeTotpStep(UUID id, long step) {
        return jdbc.sql("UPDATE app_user SET totp_last_step = :step WHERE id = :id AND totp_last_step < :step")
                .param("id", id).param("step", step).update() == 1;
    }

    public void recordFailure(UUID id, int failedAttempts, Instant lockedUntil) {
        jdbc.sql("UPDATE app_user SET failed_attempts = :failed, locked_until = :lockedUntil WHERE id = :id")
                .param("id", id).param("failed", failedAttempts)
                .param("lockedUntil", lockedUntil == null ? null : Timestamp.from(lockedUntil)).update();
    }

    public void recordSuccess(UUID id) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = now() WHERE id = :id")
                .param("id", id).update();
    }

    public void unlock(UUID id) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE id = :id").param("id", id).update();
    }

    private void replaceRoles(UUID id, Set<Role> roles) {
        jdbc.sql("DELETE FROM user_role WHERE user_id = :id").param("id", id).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (:id, :role)").param("id", id)
                    .param("role", role.name()).update();
        }
    }

    private Set<Role> rolesOf(UUID id) {
        return jdbc.sql("SELECT role FROM user_role WHERE user_id = :id").param("id", id)
                .query((rs, n) -> Role.valueOf(rs.getString(1))).set();
    }

    private Map<UUID, Set<Role>> allRoles() {
        return jdbc.sql("SELECT user_id, role FROM user_role")
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), Role.valueOf(rs.getString(2)))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
    }

    private static UserAccount map(ResultSet rs, Set<Role> roles) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        Timestamp lastSignIn = rs.getTimestamp("last_sign_in_at");
        return new UserAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), rs.getBoolean("must_change_password"), rs.getBytes("totp_secret"),
                rs.getBoolean("totp_enabled"), rs.getLong("totp_last_step"), rs.getInt("failed_attempts"),
                locked == null ? null : locked.toInstant(), rs.getBoolean("enabled"), rs.getString("office"),
                rs.getTimestamp("created_at").toInstant(), lastSignIn == null ? null : lastSignIn.toInstant(),
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles));
    }
}

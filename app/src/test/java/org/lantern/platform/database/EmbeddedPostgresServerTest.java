package org.lantern.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database behaves like a database people rely on, not like a throwaway test fixture. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path data;

    @Test
    void keepsDataDurableAndRequiresAPassword() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, false)) {
            var info = server.connection();
            try (Connection connection = DriverManager.getConnection(info.jdbcUrl(), info.user(), info.password())) {
                assertThat(setting(connection, "fsync")).isEqualTo("on");
                assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
                connection.createStatement().execute("CREATE TABLE kept (value text); INSERT INTO kept VALUES ('survives')");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(info.jdbcUrl(), info.user(), "").close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(info.jdbcUrl(), info.user(), "wrong").close())
                    .isInstanceOf(SQLException.class);
            assertThat(Files.getPosixFilePermissions(data.resolve("database.properties")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(data, false)) {
            var info = restarted.connection();
            try (Connection connection = DriverManager.getConnection(info.jdbcUrl(), info.user(), info.password());
                 ResultSet rows = connection.createStatement().executeQuery("SELECT value FROM kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("survives");
            }
        }
    }

    @Test
    void refusesASecondLanternOnTheSameDataDirectory() throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data, false)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, false))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another Lantern is already running on the data directory");
            try (EmbeddedPostgresServer attached = EmbeddedPostgresServer.start(data, true)) {
                assertThat(attached.ownsServer()).isFalse();
                assertThat(attached.connection()).isEqualTo(first.connection());
            }
        }
    }

    @Test
    void stopsThePostmasterThatACrashedLanternLeftBehind() throws Exception {
        Process crashing = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StartAndWait.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        var output = new java.io.BufferedReader(new java.io.InputStreamReader(crashing.getInputStream()));
        String line;
        do {
            line = output.readLine();
        } while (line != null && !line.equals("LANTERN-STARTED"));
        assertThat(line).isEqualTo("LANTERN-STARTED");
        crashing.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // like kill -9: no shutdown hooks run
        long orphan = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).getFirst().trim());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, false)) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            var info = server.connection();
            try (Connection connection = DriverManager.getConnection(info.jdbcUrl(), info.user(), info.password())) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (ResultSet result = connection.createStatement().executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    /** Runs in a child JVM that the test then kills without warning. */
    public static final class StartAndWait {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer.start(Path.of(args[0]), false);
            System.out.println("LANTERN-STARTED");
            System.out.flush();
            Thread.sleep(List.of(600_000L).getFirst());
        }
    }
}

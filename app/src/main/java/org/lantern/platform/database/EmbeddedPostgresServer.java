package org.lantern.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server Lantern runs for itself when no external database is configured.
 *
 * <p>zonky's embedded PostgreSQL is made for throwaway test databases; this class makes it fit for
 * data that people rely on: the cluster lives in {@code <data>/postgres} and survives restarts, fsync
 * and synchronous commit stay on, the superuser needs a generated password (kept owner-only in
 * {@code <data>/database.properties}), a postmaster orphaned by a crashed JVM is stopped before the
 * next start, and a lock file keeps a second Lantern off the same data directory.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "lantern";
    public static final String SUPERUSER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final FileLock lock;
    private final ConnectionInfo connection;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileLock lock, ConnectionInfo connection) {
        this.postgres = postgres;
        this.lock = lock;
        this.connection = connection;
    }

    /** Where and how to connect; {@code password} is never logged. */
    public record ConnectionInfo(int port, String user, String password) {
        public String jdbcUrl() {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
        }
    }

    /**
     * Starts the embedded server on {@code dataDirectory}, or, when {@code attachToRunning} and another
     * Lantern process holds the directory, returns the connection of the server that process runs.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, boolean attachToRunning) {
        try {
            FileChannel channel = FileChannel.open(dataDirectory.resolve("lantern.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            Path settings = dataDirectory.resolve("database.properties");
            if (lock == null) {
                channel.close();
                if (attachToRunning && Files.exists(settings)) {
                    return new EmbeddedPostgresServer(null, null, readSettings(settings).orElseThrow());
                }
                throw new IllegalStateException("Another Lantern is already running on the data directory "
                        + dataDirectory + ". Stop it first, or start this one with --data pointing elsewhere.");
            }
            Path cluster = dataDirectory.resolve("postgres");
            stopOrphanedPostmaster(cluster);
            ConnectionInfo info = readSettings(settings).orElse(null);
            if (info == null || !Files.exists(cluster.resolve("PG_VERSION"))) {
                info = initialise(dataDirectory, cluster);
                writeSettings(settings, info);
            }
            int port = isFree(info.port()) ? info.port() : freePort();
            if (port != info.port()) {
                info = new ConnectionInfo(port, info.user(), info.password());
                writeSettings(settings, info);
            }
            EmbeddedPostgres postgres = builder(dataDirectory, cluster, port)
                    .setConnectConfig("password", info.password())
                    .start();
            log.info("Embedded PostgreSQL is running on 127.0.0.1:{} with its data in {}", port, cluster);
            return new EmbeddedPostgresServer(postgres, lock, info);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException heldByThisProcess) {
            return null;
        }
    }

    public ConnectionInfo connection() {
        return connection;
    }

    /** True when this process runs the server, false when it attached to another Lantern's. */
    public boolean ownsServer() {
        return postgres != null;
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
        if (lock != null) {
            lock.release();
            lock.channel().close();
        }
    }

    private static EmbeddedPostgres.Builder builder(Path dataDirectory, Path cluster, int port) throws IOException {
        Path logs = dataDirectory.resolve("logs");
        Files.createDirectories(logs);
        ProcessBuilder.Redirect serverLog = ProcessBuilder.Redirect.appendTo(logs.resolve("postgres.log").toFile());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(dataDirectory.resolve("postgres-binaries").toFile())
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(120))
                .setOutputRedirector(serverLog)
                .setErrorRedirector(serverLog);
        // zonky turns durability off for speed; a database of record needs it on. Parallel query is off: with
        // many short concurrent requests, extra workers per query cost CPU the other requests need.
        Map.of("max_parallel_workers_per_gather", "0",
                "fsync", "on",
                "synchronous_commit", "on",
                "full_page_writes", "on",
                "listen_addresses", "127.0.0.1",
                "max_connections", "200",
                "password_encryption", "scram-sha-256",
                "shared_buffers", "256MB").forEach(builder::setServerConfig);
        return builder;
    }

    /**
     * Creates the cluster in a staging directory, sets the superuser's password, turns password
     * authentication on and only then moves it into place, so a crash midway leaves no half-secured cluster.
     */
    private static ConnectionInfo initialise(Path dataDirectory, Path cluster) throws IOException {
        Path staging = dataDirectory.resolve("postgres.initialising");
        deleteRecursively(staging);
        deleteRecursively(cluster);
        String password = randomSecret();
        int port = freePort();
        try (EmbeddedPostgres postgres = builder(dataDirectory, staging, port).start();
             Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER ROLE " + SUPERUSER + " WITH PASSWORD '" + password + "'");
            statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot initialise the embedded PostgreSQL", e);
        }
        Files.writeString(staging.resolve("pg_hba.conf"), """
                # Lantern: every connection must present the superuser's password (see database.properties).
                local   all   all                  scram-sha-256
                host    all   all   127.0.0.1/32   scram-sha-256
                host    all   all   ::1/128        scram-sha-256
                """);
        Files.deleteIfExists(staging.resolve("epg-lock"));
        Files.move(staging, cluster);
        log.info("Initialised a new embedded PostgreSQL cluster in {}", cluster);
        return new ConnectionInfo(port, SUPERUSER, password);
    }

    /**
     * A JVM killed without running its shutdown hooks leaves its postmaster running, which would make the
     * next start fail; we hold the data directory's lock, so any server on this cluster is such an orphan.
     */
    private static void stopOrphanedPostmaster(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        if (!firstLine.matches("\\d+")) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(Long.parseLong(firstLine))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
        if (postmaster.isEmpty()) {
            return;
        }
        log.warn("Stopping a PostgreSQL server (pid {}) left running by a Lantern that did not shut down cleanly",
                firstLine);
        ProcessHandle process = postmaster.get();
        process.destroy();
        try {
            process.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("A PostgreSQL server (pid " + firstLine + ") still runs on " + cluster
                    + " and did not stop; stop it by hand before starting Lantern.", e);
        }
    }

    private static Optional<ConnectionInfo> readSettings(Path settings) throws IOException {
        if (!Files.exists(settings)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(settings)) {
            properties.load(reader);
        }
        return Optional.of(new ConnectionInfo(Integer.parseInt(properties.getProperty("port")),
                properties.getProperty("user"), properties.getProperty("password")));
    }

    private static void writeSettings(Path settings, ConnectionInfo info) {
        org.lantern.platform.DataDirectory.writeSecret(settings, """
                # Connection to Lantern's embedded PostgreSQL. Keep secret: this is the superuser's password.
                host=127.0.0.1
                port=%d
                database=%s
                user=%s
                password=%s
                """.formatted(info.port(), DATABASE, info.user(), info.password()));
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket ignored = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

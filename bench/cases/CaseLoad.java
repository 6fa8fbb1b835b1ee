import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load client for the cases benchmark: mints API tokens for demo users straight into the benchmark's own
 * (temporary) database, then runs concurrent clients against /api/v1/cases on 127.0.0.1 and prints latency
 * percentiles per operation. Bounded by a request count and a time limit.
 *
 * <p>Each client is one keep-alive HTTP/1.1 connection driven by a minimal blocking client: the generator shares
 * the machine's cores with the server, so it should spend as little of them as it can (the JDK's HttpClient took
 * about a millisecond of CPU per request here, a quarter of the machine at 500 requests a second).
 *
 * Usage: java -cp postgresql.jar CaseLoad.java <dataDir> <port> <clients> <seconds> <maxRequests> [warmupSeconds]
 */
public class CaseLoad {

    static final String[] NAMES = {"Puja", "पूजा", "পূজা", "Pooja", "Rina", "রিনা", "Sabina", "Mousumi", "মৌসুমী",
            "Anjali", "अंजली", "Lakshmi", "लक्ष्मी", "Shabnam", "Rupali", "Sunita", "सुनीता", "Nasrin", "Kajal",
            "Rekha Devi", "Puja Das", "Farzana Khatun", "Salma Begum", "Champa"};
    static final String[] DISTRICTS = {"Howrah", "Kolkata", "Murshidabad", "Patna", "Gaya", "Ranchi", "Jessore",
            "Satkhira", "Dhaka", "Mumbai"};
    static final String[] STATUSES = {"IDENTIFIED", "ASSESSED", "IN_CARE", "FOLLOW_UP"};

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int maxRequests = Integer.parseInt(args[4]);
        int warmupSeconds = args.length > 5 ? Integer.parseInt(args[5]) : 15;

        Map<String, String> tokens = mintTokens(dataDir, List.of("asha", "meera", "rina"));

        // Warm-up at full concurrency, not measured: JIT compilation, connection pool, PostgreSQL caches.
        if (warmupSeconds > 0) {
            Load warmup = load(port, tokens, clients, warmupSeconds, Integer.MAX_VALUE);
            System.out.printf("warm-up: %d requests in %.0f s, %d errors%n", warmup.count(), warmup.seconds(),
                    warmup.errors());
        }
        Load measured = load(port, tokens, clients, seconds, maxRequests);
        System.out.printf("clients=%d duration=%.1fs requests=%d errors=%d throughput=%.0f req/s%n", clients,
                measured.seconds(), measured.count(), measured.errors(), measured.count() / measured.seconds());
        System.out.printf("%-34s %8s %9s %9s %9s%n", "operation", "count", "p50 ms", "p95 ms", "p99 ms");
        measured.latencies().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            List<Long> values = new ArrayList<>(entry.getValue());
            Collections.sort(values);
            System.out.printf("%-34s %8d %9.1f %9.1f %9.1f%n", entry.getKey(), values.size(), pct(values, 50),
                    pct(values, 95), pct(values, 99));
        });
    }

    /** Latencies in microseconds per operation (and "all"), the wall time and the failed requests of one run. */
    record Load(Map<String, List<Long>> latencies, double seconds, int errors) {
        int count() {
            return latencies.getOrDefault("all", List.of()).size();
        }
    }

    /** {@code clients} closed-loop clients, each sending its next request when the last one is answered. */
    static Load load(int port, Map<String, String> tokens, int clients, int seconds, int maxRequests)
            throws InterruptedException {
        String base = "/api/v1/cases";
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        List<String> users = List.of("asha", "meera", "rina");
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread.ofVirtual().start(() -> {
                Random random = new Random(client + 31L * seconds);
                String token = tokens.get(users.get(client % users.size()));
                try (Connection1 http = new Connection1(port)) {
                    while (System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests) {
                        int kind = random.nextInt(10);
                        String op;
                        String url;
                        if (kind < 4) {
                            op = "search by name";
                            url = base + "?name=" + enc(NAMES[random.nextInt(NAMES.length)]);
                        } else if (kind < 7) {
                            op = "list (page 0-19)";
                            url = base + "?page=" + random.nextInt(20);
                        } else {
                            op = "list filtered (district+status)";
                            url = base + "?district=" + enc(DISTRICTS[random.nextInt(DISTRICTS.length)]) + "&status="
                                    + STATUSES[random.nextInt(STATUSES.length)];
                        }
                        long t0 = System.nanoTime();
                        int status = http.get(token, url);
                        long micros = (System.nanoTime() - t0) / 1000;
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                        latencies.computeIfAbsent(op, k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
                        latencies.computeIfAbsent("all", k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        return new Load(latencies, (System.nanoTime() - started) / 1e9, errors.get());
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1000.0;
    }

    /** One keep-alive HTTP/1.1 connection to 127.0.0.1: GET, status code, body read and dropped. */
    static final class Connection1 implements AutoCloseable {
        private final int port;
        private Socket socket;
        private OutputStream out;
        private InputStream in;

        Connection1(int port) throws IOException {
            this.port = port;
            open();
        }

        private void open() throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16384);
        }

        int get(String token, String path) throws IOException {
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Bearer " + token
                    + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase();
                if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true; // the server ends keep-alive after so many requests: open a new connection
                } else if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].strip(), 16); size > 0;
                        size = Long.parseLong(line().split(";")[0].strip(), 16)) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length > 0) {
                skip(length);
            }
            if (closing) {
                socket.close();
                open();
            }
            return status;
        }

        private void skip(long bytes) throws IOException {
            while (bytes > 0) {
                long skipped = in.skip(bytes);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed");
                    }
                    skipped = 1;
                }
                bytes -= skipped;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Tokens for benchmark users, written (hashed, as Lantern stores them) into this benchmark's own database. */
    static Map<String, String> mintTokens(Path dataDir, List<String> usernames) throws Exception {
        Properties settings = new Properties();
        try (var reader = Files.newBufferedReader(dataDir.resolve("database.properties"))) {
            settings.load(reader);
        }
        Map<String, String> tokens = new ConcurrentHashMap<>();
        String url = "jdbc:postgresql://127.0.0.1:" + settings.getProperty("port") + "/lantern";
        try (Connection db = DriverManager.getConnection(url, settings.getProperty("user"), settings.getProperty("password"))) {
            db.createStatement().execute("ANALYZE");
            for (String username : usernames) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                String token = "lt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(token.getBytes(StandardCharsets.UTF_8)));
                try (PreparedStatement insert = db.prepareStatement("""
                        INSERT INTO api_token (id, user_id, name, token_hash, expires_at)
                        SELECT ?, id, 'cases benchmark', ?, now() + interval '1 hour' FROM app_user WHERE username = ?""")) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, hash);
                    insert.setString(3, username);
                    if (insert.executeUpdate() != 1) {
                        throw new IllegalStateException("No demo user " + username);
                    }
                }
                tokens.put(username, token);
            }
        }
        return tokens;
    }
}

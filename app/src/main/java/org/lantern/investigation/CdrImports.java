package org.lantern.investigation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.commons.io.input.BoundedInputStream;
import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.DataDirectory;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.platform.web.NotFoundException;
import org.lantern.protection.FileProtector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports operators' call detail records into a case: upload (kept encrypted under the data directory, as
 * the evidence it is), column mapping and time zone, then a background job that streams the rows, stores
 * good ones in {@code call_record} with COPY in batches and every bad one in {@code cdr_import_problem} with its
 * line and reason. The job's progress is on the {@code cdr_import} row, for the page to poll.
 */
@Service
public class CdrImports {

    /** Time zones offered first: where the operators are. Any other valid zone id is accepted. */
    public static final List<String> COMMON_ZONES = List.of("Asia/Kolkata", "Asia/Dhaka", "Asia/Kathmandu",
            "Asia/Karachi", "Asia/Dubai", "UTC");

    /** An uploaded file awaiting its mapping: its header, a few rows and the guessed columns. */
    public record Upload(UUID id, UUID caseId, String fileName, String format, List<String> header,
            List<List<String>> sample, Map<String, Integer> guessed) {
    }

    /** Progress and outcome of an import. {@code percent} is null while unknown (XLSX). */
    public record Status(UUID id, UUID caseId, String fileName, String format, String state, long rowsRead,
            long rowsStored, long rowsRejected, Integer percent, String failure, String timeZone, Instant uploadedAt,
            Instant finishedAt) {

        public boolean finished() {
            return state.equals("DONE") || state.equals("FAILED");
        }
    }

    /** A row that was not stored. */
    public record Problem(long line, String field, String reason) {
    }

    private static final Logger log = LoggerFactory.getLogger(CdrImports.class);
    private static final int BATCH = 5000;
    private static final int SAMPLE_ROWS = 5;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transactions;
    private final NetworkAccess access;
    private final NetworkEntities entities;
    private final FileProtector files;
    private final Path directory;
    private final AuditLog audit;
    private final ExecutorService jobs = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("cdr-import").daemon().factory());

    CdrImports(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager,
            NetworkAccess access, NetworkEntities entities, FileProtector files, DataDirectory data, AuditLog audit) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transactions = new TransactionTemplate(transactionManager);
        this.access = access;
        this.entities = entities;
        this.files = files;
        this.directory = data.directory("cdr-imports");
        this.audit = audit;
    }

    /** An import that was running when the server stopped will not finish: say so instead of polling forever. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void markInterrupted() {
        int interrupted = jdbc.sql("""
                UPDATE cdr_import SET status = 'FAILED', failure = 'interrupted', finished_at = now() WHERE status = 'RUNNING'
                """).update();
        if (interrupted > 0) {
            log.warn("{} CDR imports were interrupted by a restart; their stored rows are kept", interrupted);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        jobs.shutdownNow();
    }

    /** Stores an uploaded file, encrypted, and reads its header and first rows for the mapping. */
    public Upload upload(UUID caseId, String fileName, InputStream content) {
        SignedInUser user = access.requireEdit(caseId);
        String name = fileName == null || fileName.isBlank() ? "upload.csv" : Path.of(fileName).getFileName().toString();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        CdrRows.Format format = CdrRows.Format.of(name);
        if (format == null) {
            throw new InvalidInputException("file", "investigation.error.fileType");
        }
        UUID id = UUID.randomUUID();
        long size;
        try (OutputStream out = files.encrypting(Files.newOutputStream(file(id)), id.toString())) {
            size = content.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the uploaded file", e);
        }
        if (size == 0) {
            deleteFile(id);
            throw new InvalidInputException("file", "investigation.error.emptyFile");
        }
        jdbc.sql("""
                INSERT INTO cdr_import (id, case_id, file_name, format, size_bytes, uploaded_by)
                VALUES (:id, :c, :name, :format, :size, :by)
                """).param("id", id).param("c", caseId).param("name", name).param("format", format.name())
                .param("size", size).param("by", user.id()).update();
        audit.record(AuditAction.IMPORT, "cdr-import", id, "ok", "case=" + caseId + " uploaded bytes=" + size);
        return preview(caseId, id);
    }

    /** The header and first rows of an uploaded file with the guessed mapping. */
    public Upload preview(UUID caseId, UUID importId) {
        access.requireEdit(caseId);
        Status status = load(caseId, importId);
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = files.decrypting(Files.newInputStream(file(importId)), importId.toString())) {
            CdrRows.read(CdrRows.Format.valueOf(status.format()), in, (line, cells) -> {
                rows.add(cells);
                return rows.size() <= SAMPLE_ROWS;
            });
        } catch (IOException | RuntimeException e) {
            log.info("Unreadable CDR upload {}: {}", importId, e.getClass().getSimpleName());
            throw new InvalidInputException("file", "investigation.error.unreadable");
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "investigation.error.emptyFile");
        }
        List<String> header = rows.getFirst();
        audit.record(AuditAction.READ, "cdr-import", importId, "ok", "case=" + caseId + " preview rows=" + (rows.size() - 1));
        return new Upload(importId, caseId, status.fileName(), status.format(), header, rows.subList(1, rows.size()),
                CdrColumns.guess(header));
    }

    /** Starts the import job with a column mapping and the time zone the operator's local times are in. */
    public Status start(UUID caseId, UUID importId, CdrColumns columns, String timeZone) {
        access.requireEdit(caseId);
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone == null ? "" : timeZone.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "investigation.error.timeZone");
        }
        load(caseId, importId);
        int started = jdbc.sql("""
                UPDATE cdr_import SET status = 'RUNNING', mapping = :m, time_zone = :z, started_at = now()
                 WHERE id = :id AND case_id = :c AND status = 'UPLOADED'
                """).param("m", columns.encode()).param("z", zone.getId()).param("id", importId).param("c", caseId)
                .update();
        if (started == 0) {
            throw new InvalidInputException("file", "investigation.error.alreadyImported");
        }
        SecurityContext context = SecurityContextHolder.getContext();
        jobs.submit(() -> {
            SecurityContextHolder.setContext(context);
            try {
                run(caseId, importId, columns, zone);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        return load(caseId, importId);
    }

    public Status status(UUID caseId, UUID importId) {
        access.requireView(caseId);
        return load(caseId, importId);
    }

    /** The imports of a case, newest first. */
    public List<Status> imports(UUID caseId) {
        access.requireView(caseId);
        return jdbc.sql("SELECT * FROM cdr_import WHERE case_id = :c ORDER BY uploaded_at DESC").param("c", caseId)
                .query((rs, n) -> status(rs)).list();
    }

    /** Rows that were not stored, by line. */
    public List<Problem> problems(UUID caseId, UUID importId, int limit, long offset) {
        access.requireView(caseId);
        load(caseId, importId);
        return jdbc.sql("""
                SELECT line, field, reason FROM cdr_import_problem WHERE import_id = :id
                 ORDER BY line LIMIT :limit OFFSET :offset
                """).param("id", importId).param("limit", Math.min(Math.max(limit, 1), 10_000))
                .param("offset", Math.max(offset, 0))
                .query((rs, n) -> new Problem(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    private void run(UUID caseId, UUID importId, CdrColumns columns, ZoneId zone) {
        Status status = load(caseId, importId);
        UUID by = jdbc.sql("SELECT uploaded_by FROM cdr_import WHERE id = :id").param("id", importId).query(UUID.class).single();
        Job job = new Job(caseId, importId, new CallRowParser(columns, zone), by);
        try (InputStream raw = Files.newInputStream(file(importId));
             BoundedInputStream counted = BoundedInputStream.builder().setInputStream(raw).get();
             InputStream in = files.decrypting(counted, importId.toString())) {
            job.counter = counted;
            CdrRows.read(CdrRows.Format.valueOf(status.format()), in, job::row);
            job.flush(true);
            audit.record(AuditAction.IMPORT, "cdr-import", importId, "ok",
                    "case=" + caseId + " stored=" + job.stored + " rejected=" + job.rejected);
        } catch (Exception e) {
            // Class and place only: parser messages can quote the offending cell (a phone number).
            log.warn("CDR import {} failed: {} at {}", importId, e.getClass().getSimpleName(),
                    e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
            String reason = e instanceof IOException ? "unreadable" : "error";
            jdbc.sql("UPDATE cdr_import SET status = 'FAILED', failure = :f, finished_at = now() WHERE id = :id")
                    .param("f", reason).param("id", importId).update();
            audit.record(AuditAction.IMPORT, "cdr-import", importId, "failed", "case=" + caseId + " reason=" + reason);
        }
    }

    /** The state of one running import: entity ids seen so far and the current batch. */
    private final class Job {
        final UUID caseId;
        final UUID importId;
        final CallRowParser parser;
        final UUID by;
        final Map<String, UUID> numbers = new java.util.HashMap<>();
        final Map<String, UUID> imeis = new java.util.HashMap<>();
        final List<Object[]> calls = new ArrayList<>(BATCH);
        final List<Object[]> problems = new ArrayList<>();
        BoundedInputStream counter;
        boolean headerSeen;
        long read;
        long stored;
        long rejected;

        Job(UUID caseId, UUID importId, CallRowParser parser, UUID by) {
            this.caseId = caseId;
            this.importId = importId;
            this.parser = parser;
            this.by = by;
        }

        boolean row(long line, List<String> cells) {
            if (!headerSeen) {
                headerSeen = true;
                return true;
            }
            read++;
            CallRowParser.Result result = parser.parse(cells);
            if (result.problem() != null) {
                problems.add(new Object[] {importId, line, result.problem().field(), result.problem().reason()});
            } else {
                calls.add(new Object[] {line, result.call()});
            }
            if (calls.size() + problems.size() >= BATCH) {
                flush(false);
            }
            return true;
        }

        void flush(boolean last) {
            transactions.executeWithoutResult(tx -> {
                StringBuilder rows = new StringBuilder(calls.size() * 160);
                for (Object[] pending : calls) {
                    CallRowParser.Call call = (CallRowParser.Call) pending[1];
                    UUID caller = number(call.caller());
                    UUID callee = number(call.callee());
                    UUID imei = call.imei() == null ? null : imeis.computeIfAbsent(call.imei(), value -> entities.resolve(
                            caseId, EntityKind.HANDSET_IMEI, value, EvidenceSource.CDR_IMPORT, importId.toString(), null, by));
                    rows.append(caseId).append(',').append(importId).append(',').append(pending[0]).append(',')
                            .append(caller).append(',').append(callee).append(',').append(call.start()).append(',')
                            .append(call.durationSeconds()).append(',').append(quoted(call.cell())).append(',')
                            .append(imei == null ? "" : imei).append('\n');
                }
                if (!calls.isEmpty()) {
                    // COPY is several times faster than batched INSERTs and runs in this transaction
                    jdbcTemplate.execute((org.springframework.jdbc.core.ConnectionCallback<Long>) connection -> {
                        try {
                            return connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn("""
                                    COPY call_record (case_id, import_id, line, caller_id, callee_id, started_at, duration_s,
                                                      cell_id, imei_id) FROM STDIN (FORMAT csv)
                                    """, new java.io.StringReader(rows.toString()));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
                jdbcTemplate.batchUpdate("INSERT INTO cdr_import_problem (import_id, line, field, reason) VALUES (?, ?, ?, ?)",
                        problems);
                stored += calls.size();
                rejected += problems.size();
                jdbc.sql("""
                        UPDATE cdr_import SET rows_read = :read, rows_stored = :stored, rows_rejected = :rejected,
                               bytes_read = :bytes, status = :status, finished_at = CASE WHEN :last THEN now() END
                         WHERE id = :id
                        """).param("read", read).param("stored", stored).param("rejected", rejected)
                        .param("bytes", counter == null ? 0 : counter.getCount()).param("status", last ? "DONE" : "RUNNING")
                        .param("last", last).param("id", importId).update();
            });
            calls.clear();
            problems.clear();
        }

        private UUID number(String value) {
            return numbers.computeIfAbsent(value, v -> entities.resolve(caseId, EntityKind.PHONE_NUMBER, v,
                    EvidenceSource.CDR_IMPORT, importId.toString(), null, by));
        }
    }

    /** A CSV field for COPY: null stays empty (NULL), text is quoted. */
    private static String quoted(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private Status load(UUID caseId, UUID importId) {
        return jdbc.sql("SELECT * FROM cdr_import WHERE id = :id AND case_id = :c").param("id", importId)
                .param("c", caseId).query((rs, n) -> status(rs)).optional()
                .orElseThrow(() -> new NotFoundException("Import"));
    }

    private static Status status(java.sql.ResultSet rs) throws java.sql.SQLException {
        String state = rs.getString("status");
        long size = rs.getLong("size_bytes");
        Integer percent = switch (state) {
            case "DONE" -> 100;
            case "UPLOADED" -> 0;
            default -> rs.getString("format").equals("CSV") && size > 0
                    ? (int) Math.min(99, rs.getLong("bytes_read") * 100 / size) : null;
        };
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Status(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("file_name"),
                rs.getString("format"), state, rs.getLong("rows_read"), rs.getLong("rows_stored"),
                rs.getLong("rows_rejected"), percent, rs.getString("failure"), rs.getString("time_zone"),
                rs.getTimestamp("uploaded_at").toInstant(), finished == null ? null : finished.toInstant());
    }

    private Path file(UUID importId) {
        return directory.resolve(importId + ".cdr");
    }

    private void deleteFile(UUID importId) {
        try {
            Files.deleteIfExists(file(importId));
        } catch (IOException e) {
            log.warn("Cannot delete {}", file(importId));
        }
    }
}

package org.lantern.cases.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.cases.ReferenceValues;
import org.lantern.cases.SurvivorCases;
import org.lantern.identity.Permission;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.DataDirectory;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.platform.web.NotFoundException;
import org.lantern.protection.FileProtector;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a legacy case register (CSV or XLSX): upload, column mapping guessed from the headers, preview, a
 * report naming every bad cell, and an all-or-nothing commit. The uploaded file is kept encrypted only while
 * the import is open and deleted on commit or cancel. Imported cases are led by the importing caseworker.
 */
@Service
public class CaseImports {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int PREVIEW_ROWS = 5;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    /** An open import: whose it is and what kind of file. */
    private record Pending(UUID owner, boolean xlsx, Instant uploadedAt) {
    }

    /** The state of an import for its page: headers, mapping, the first rows, and the problems found. */
    public record Check(UUID id, List<String> headers, Map<ImportField, Integer> mapping, List<List<String>> preview,
            int rows, List<ImportProblem> problems) {
        public boolean clean() {
            return problems.isEmpty();
        }
    }

    /** Thrown by {@link #commit} when any row is bad; nothing was stored. */
    public static class Rejected extends RuntimeException {
        private final transient Check check;

        Rejected(Check check) {
            super("The import has " + check.problems().size() + " problems; nothing was stored");
            this.check = check;
        }

        public Check check() {
            return check;
        }
    }

    private final Map<UUID, Pending> pending = new ConcurrentHashMap<>();
    private final RecordAccess access;
    private final AuditLog audit;
    private final FileProtector protector;
    private final DataDirectory dataDirectory;
    private final SurvivorCases cases;
    private final ReferenceValues references;

    CaseImports(RecordAccess access, AuditLog audit, FileProtector protector, DataDirectory dataDirectory,
            SurvivorCases cases, ReferenceValues references) {
        this.access = access;
        this.audit = audit;
        this.protector = protector;
        this.dataDirectory = dataDirectory;
        this.cases = cases;
        this.references = references;
    }

    /**
     * Deletes the files of imports left open by a previous run: open imports are kept in memory only, so
     * nobody could finish them.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void removeLeftovers() {
        try (var files = Files.list(dataDirectory.directory("imports"))) {
            files.filter(file -> !pending.containsKey(idOf(file))).forEach(CaseImports::deleteQuietly);
        } catch (IOException e) {
            // the next start tries again
        }
    }

    /** Stores an uploaded register, encrypted, after checking its size and kind; answers the import's id. */
    public UUID upload(String fileName, long size, InputStream content) {
        SignedInUser user = access.requirePermission(Permission.CASES_EDIT);
        expire();
        if (content == null || size <= 0) {
            throw new InvalidInputException("file", "cases.import.error.empty");
        }
        if (size > MAX_BYTES) {
            throw new InvalidInputException("file", "cases.import.error.tooLarge");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        UUID id = UUID.randomUUID();
        Path file = file(id);
        try (InputStream in = new BufferedInputStream(content, 8192)) {
            in.mark(512);
            byte[] head = in.readNBytes(512);
            in.reset();
            boolean xlsx = startsWithZip(head);
            if (xlsx ? !name.endsWith(".xlsx") : !(name.endsWith(".csv") || name.endsWith(".txt")) || !isText(head)) {
                throw new InvalidInputException("file", "cases.import.error.kind");
            }
            long written;
            try (OutputStream out = protector.encrypting(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), fileId(id))) {
                written = in.transferTo(out);
            }
            if (written > MAX_BYTES) {
                Files.deleteIfExists(file);
                throw new InvalidInputException("file", "cases.import.error.tooLarge");
            }
            pending.put(id, new Pending(user.id(), xlsx, Instant.now()));
            audit.record(AuditAction.IMPORT, "case", null, "uploaded", "import " + id + " " + (xlsx ? "XLSX" : "CSV")
                    + " " + written + " bytes");
            return id;
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException("The register could not be stored", e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /** Reads the register with a mapping (null: guessed from the headers) and reports every bad cell. */
    public Check check(UUID id, Map<ImportField, Integer> mapping) {
        SignedInUser user = owner(id);
        RegisterSheet sheet = read(id);
        Map<ImportField, Integer> used = mapping == null ? guess(sheet.headers()) : valid(mapping, sheet.headers());
        RegisterRows.Result result = rows(user, sheet, used).read(sheet.lines());
        return check(id, sheet, used, result);
    }

    /**
     * Stores every row as a survivor and case in one transaction, or nothing: any bad row, or any row the
     * registration refuses, rolls the whole import back and is reported. The file is deleted on success.
     */
    @Transactional
    public int commit(UUID id, Map<ImportField, Integer> mapping) {
        SignedInUser user = owner(id);
        access.requirePermission(Permission.CASES_EDIT);
        RegisterSheet sheet = read(id);
        Map<ImportField, Integer> used = valid(mapping, sheet.headers());
        RegisterRows rows = rows(user, sheet, used);
        RegisterRows.Result result = rows.read(sheet.lines());
        if (!result.problems().isEmpty() || result.drafts().isEmpty()) {
            List<ImportProblem> problems = new ArrayList<>(result.problems());
            if (problems.isEmpty()) {
                problems.add(new ImportProblem(1, "", "cases.import.problem.noRows"));
            }
            audit.record(AuditAction.IMPORT, "case", null, "rejected", "import " + id + " rows=" + sheet.lines().size()
                    + " problems=" + problems.size());
            throw new Rejected(check(id, sheet, used, new RegisterRows.Result(result.drafts(), problems)));
        }
        for (RegisterRows.Draft draft : result.drafts()) {
            try {
                cases.register(draft.person(), draft.caseDraft());
            } catch (InvalidInputException e) {
                ImportProblem problem = new ImportProblem(draft.row(), rows.column(fieldOf(e.field())),
                        e.getMessage());
                audit.record(AuditAction.IMPORT, "case", null, "rejected", "import " + id + " row " + draft.row()
                        + " field " + e.field());
                throw new Rejected(check(id, sheet, used, new RegisterRows.Result(List.of(), List.of(problem))));
            }
        }
        audit.record(AuditAction.IMPORT, "case", null, "ok", "import " + id + " cases=" + result.drafts().size());
        discard(id);
        return result.drafts().size();
    }

    /** Ends an import without storing anything and deletes its file. */
    public void cancel(UUID id) {
        owner(id);
        discard(id);
        audit.record(AuditAction.IMPORT, "case", null, "cancelled", "import " + id);
    }

    /** Guesses which column holds which field from the header texts. */
    static Map<ImportField, Integer> guess(List<String> headers) {
        Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            for (int i = 0; i < headers.size(); i++) {
                if (field.matches(headers.get(i)) && !mapping.containsValue(i)) {
                    mapping.put(field, i);
                    break;
                }
            }
        }
        return mapping;
    }

    private static Map<ImportField, Integer> valid(Map<ImportField, Integer> mapping, List<String> headers) {
        Map<ImportField, Integer> valid = new EnumMap<>(ImportField.class);
        if (mapping == null) {
            return guess(headers);
        }
        mapping.forEach((field, column) -> {
            if (column != null && column >= 0) {
                if (column >= headers.size()) {
                    throw new InvalidInputException(field.name(), "cases.import.error.column");
                }
                valid.put(field, column);
            }
        });
        return valid;
    }

    private Check check(UUID id, RegisterSheet sheet, Map<ImportField, Integer> used, RegisterRows.Result result) {
        List<List<String>> preview = sheet.lines().stream().limit(PREVIEW_ROWS).map(RegisterSheet.Line::cells).toList();
        List<ImportProblem> problems = result.problems().stream()
                .sorted(Comparator.comparingInt(ImportProblem::row)).toList();
        return new Check(id, sheet.headers(), used, preview, sheet.lines().size(), problems);
    }

    private RegisterRows rows(SignedInUser user, RegisterSheet sheet, Map<ImportField, Integer> mapping) {
        return new RegisterRows(sheet.headers(), mapping, references.active(ReferenceValues.EXPLOITATION), user.office(),
                user.has(Permission.CASES_SUPERVISE));
    }

    /** The import field a registration error names (e.g. {@code address.district}). */
    private static ImportField fieldOf(String field) {
        if (field == null) {
            return ImportField.NAME;
        }
        if (field.startsWith("names[0]")) {
            return ImportField.NAME;
        }
        if (field.startsWith("names")) {
            return ImportField.OTHER_NAMES;
        }
        return switch (field) {
            case "dateOfBirth" -> ImportField.DATE_OF_BIRTH;
            case "estimatedAge", "ageEstimatedOn" -> ImportField.AGE;
            case "address.district" -> ImportField.DISTRICT;
            case "address.state" -> ImportField.STATE;
            case "address.country", "nationality" -> ImportField.COUNTRY;
            case "identifiedOn" -> ImportField.IDENTIFIED_ON;
            case "identifiedHow" -> ImportField.IDENTIFIED_HOW;
            case "traffickingStatus", "statusDecidedBy" -> ImportField.TRAFFICKING_STATUS;
            case "exploitation" -> ImportField.EXPLOITATION;
            case "office" -> ImportField.OFFICE;
            default -> ImportField.NAME;
        };
    }

    private RegisterSheet read(UUID id) {
        Pending open = pending.get(id);
        try (InputStream in = protector.decrypting(Files.newInputStream(file(id)), fileId(id))) {
            return open.xlsx() ? RegisterSheet.xlsx(in) : RegisterSheet.csv(in);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("file", "cases.import.error.unreadable");
        }
    }

    /** The current user, if the import is theirs; anyone else gets "not found". */
    private SignedInUser owner(UUID id) {
        SignedInUser user = access.requirePermission(Permission.CASES_EDIT);
        Pending open = pending.get(id);
        if (open == null || !open.owner().equals(user.id())) {
            throw new NotFoundException("Import");
        }
        return user;
    }

    /** Ends imports left open for a day. */
    private void expire() {
        Instant dayAgo = Instant.now().minus(java.time.Duration.ofDays(1));
        pending.entrySet().stream().filter(e -> e.getValue().uploadedAt().isBefore(dayAgo)).map(Map.Entry::getKey).toList()
                .forEach(this::discard);
    }

    private static UUID idOf(Path file) {
        try {
            return UUID.fromString(file.getFileName().toString().replace(".part", ""));
        } catch (IllegalArgumentException e) {
            return new UUID(0, 0);
        }
    }

    private void discard(UUID id) {
        pending.remove(id);
        deleteQuietly(file(id));
    }

    private Path file(UUID id) {
        return dataDirectory.directory("imports").resolve(id.toString());
    }

    private static String fileId(UUID id) {
        return "import-" + id;
    }

    private static boolean startsWithZip(byte[] head) {
        if (head.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (head[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text: no NUL bytes and no control characters other than tab and line ends in the first bytes. */
    private static boolean isText(byte[] head) {
        for (byte b : head) {
            if (b == 0 || (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r')) {
                return false;
            }
        }
        return head.length > 0;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more can be done; the file is encrypted
        }
    }
}

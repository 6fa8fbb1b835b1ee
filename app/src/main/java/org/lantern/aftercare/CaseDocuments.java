package org.lantern.aftercare;

import static org.lantern.aftercare.Checks.CASE;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.DataDirectory;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.platform.web.NotFoundException;
import org.lantern.protection.FieldProtector;
import org.lantern.protection.FileProtector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents of a case (medical reports, school certificates, identity papers). Each upload is recognised by
 * its first bytes, streamed through encryption into {@code files/<id>} under the data directory, and
 * streamed back decrypting: a file is never whole in memory, and never on disk in the clear.
 */
@Service
public class CaseDocuments {

    private static final String SUBJECT = "case_document";

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditLog audit;
    private final FieldProtector fields;
    private final FileProtector files;
    private final DataDirectory dataDirectory;
    private final long maxBytes;

    CaseDocuments(JdbcClient jdbc, RecordAccess access, AuditLog audit, FieldProtector fields, FileProtector files,
            DataDirectory dataDirectory, @Value("${lantern.aftercare.max-document-size:20MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.fields = fields;
        this.files = files;
        this.dataDirectory = dataDirectory;
        this.maxBytes = maxSize.toBytes();
    }

    /** A document's description and its decrypted content; the caller closes {@code content}. */
    public record Download(CaseDocument document, InputStream content) {
    }

    public UUID upload(UUID caseId, MultipartFile file) {
        SignedInUser user = access.requireEdit(CASE, caseId);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "aftercare.error.noFile");
        }
        if (file.getSize() > maxBytes) {
            throw tooLarge();
        }
        String name = fileName(file.getOriginalFilename());
        UUID id = UUID.randomUUID();
        Path partial = directory().resolve(id + ".part");
        Path stored = stored(id);
        try (InputStream in = new BufferedInputStream(file.getInputStream(), 8192)) {
            in.mark(DocumentType.HEAD);
            byte[] head = in.readNBytes(DocumentType.HEAD);
            in.reset();
            DocumentType type = DocumentType.sniff(head, head.length, name).orElseThrow(() -> new InvalidInputException("file", "aftercare.error.fileType"));
            long size;
            try (OutputStream out = files.encrypting(Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), id.toString())) {
                size = copy(in, out);
            }
            Files.move(partial, stored, StandardCopyOption.ATOMIC_MOVE);
            jdbc.sql("""
                    INSERT INTO case_document (id, case_id, uploaded_by, file_name, content_type, size_bytes)
                    VALUES (:id, :caseId, :user, :name, :type, :size)
                    """).param("id", id).param("caseId", caseId).param("user", user.id())
                    .param("name", fields.seal(AftercareColumns.DOCUMENT_NAME, id, name))
                    .param("type", type.contentType()).param("size", size).update();
            audit.record(AuditAction.CREATE, SUBJECT, id, "ok", "case " + caseId + " " + type + " " + size + " bytes");
            return id;
        } catch (IOException e) {
            deleteQuietly(partial, stored);
            throw new UncheckedIOException("The document could not be stored", e);
        } catch (RuntimeException e) {
            deleteQuietly(partial, stored);
            throw e;
        }
    }

    public List<CaseDocument> forCase(UUID caseId) {
        access.requireView(CASE, caseId);
        List<CaseDocument> documents = jdbc.sql("""
                SELECT d.*, u.display_name FROM case_document d JOIN app_user u ON u.id = d.uploaded_by
                WHERE d.case_id = :caseId ORDER BY d.created_at DESC
                """).param("caseId", caseId).query((rs, n) -> map(rs)).list();
        if (!documents.isEmpty()) {
            audit.recordAll(AuditAction.READ, SUBJECT, documents.stream().map(CaseDocument::id).toList(), "case " + caseId);
        }
        return documents;
    }

    /** Opens a document of the case for download, decrypting as it is read. */
    public Download open(UUID caseId, UUID documentId) {
        access.requireView(CASE, caseId);
        CaseDocument document = jdbc.sql("""
                SELECT d.*, u.display_name FROM case_document d JOIN app_user u ON u.id = d.uploaded_by
                WHERE d.id = :id AND d.case_id = :caseId
                """).param("id", documentId).param("caseId", caseId).query((rs, n) -> map(rs)).optional()
                .orElseThrow(() -> new NotFoundException("Document"));
        try {
            InputStream content = files.decrypting(Files.newInputStream(stored(documentId)), documentId.toString());
            audit.record(AuditAction.READ, SUBJECT, documentId, "ok", "download");
            return new Download(document, content);
        } catch (IOException e) {
            throw new UncheckedIOException("The document's file cannot be read", e);
        }
    }

    /** Where a document's ciphertext lives. */
    Path stored(UUID documentId) {
        return directory().resolve(documentId.toString());
    }

    private Path directory() {
        return dataDirectory.directory("files");
    }

    private long copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > maxBytes) {
                throw tooLarge(); // the declared size may lie; the stream does not
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    private InvalidInputException tooLarge() {
        return new InvalidInputException("file", "aftercare.error.fileTooLarge", maxBytes / (1024 * 1024));
    }

    private CaseDocument map(java.sql.ResultSet rs) throws java.sql.SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new CaseDocument(id, rs.getObject("case_id", UUID.class),
                fields.open(AftercareColumns.DOCUMENT_NAME, id, rs.getBytes("file_name")), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("display_name"), rs.getTimestamp("created_at").toInstant());
    }

    /** Keeps only the last path segment and printable characters of the name the browser sent. */
    static String fileName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            return "document";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static void deleteQuietly(Path... paths) {
        for (Path path : paths) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // nothing more to do; an orphaned ciphertext file holds nothing readable
            }
        }
    }
}

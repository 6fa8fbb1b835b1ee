package org.lantern.aftercare;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of document a case may hold, recognised by their first bytes rather than by what the browser
 * claims, so a renamed executable or an HTML page is not stored as a "PDF".
 */
public enum DocumentType {
    PDF("application/pdf"),
    JPEG("image/jpeg"),
    PNG("image/png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    TEXT("text/plain; charset=UTF-8");

    /** How many leading bytes {@link #sniff} looks at. */
    public static final int HEAD = 512;

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String contentType;

    DocumentType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /**
     * The type of a file from its first bytes. Office files are zip archives, told apart by the file name's
     * extension; a zip without one of those extensions is not accepted.
     */
    public static Optional<DocumentType> sniff(byte[] head, int length, String fileName) {
        if (startsWith(head, length, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, length, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, length, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, length, ZIP_MAGIC)) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            return name.endsWith(".docx") ? Optional.of(DOCX) : name.endsWith(".xlsx") ? Optional.of(XLSX) : Optional.empty();
        }
        return length > 0 && isText(head, length) ? Optional.of(TEXT) : Optional.empty();
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        return length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /** UTF-8 without control characters other than tab, newlines and form feed; HTML is not plain text. */
    private static boolean isText(byte[] head, int length) {
        int end = length;
        // A multi-byte character may be cut at the end of the head: drop its incomplete tail.
        int back = 0;
        while (back < 3 && end - back > 0 && (head[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back > 0 && (head[end - back - 1] & 0xC0) == 0xC0) {
            end = end - back - 1;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
        }
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        return !(start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<script")
                || start.startsWith("<svg") || start.startsWith("<?xml"));
    }
}

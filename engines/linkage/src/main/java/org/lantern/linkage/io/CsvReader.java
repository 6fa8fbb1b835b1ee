package org.lantern.linkage.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Streaming RFC 4180 CSV reader: comma separated, fields optionally in double quotes, a doubled quote inside
 * quotes is a quote, quoted fields may span lines; CRLF or LF line ends; a leading UTF-8 byte order mark is
 * skipped. Time O(n) in characters; memory O(longest row). Not thread-safe.
 */
public final class CsvReader implements AutoCloseable {

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long line = 1;
    private long rowStartLine = 1;
    private boolean started;

    public CsvReader(Reader in) {
        this.in = Objects.requireNonNull(in, "reader must not be null");
    }

    /** Line number (1-based) on which the row last returned by {@link #next()} started. */
    public long rowLine() {
        return rowStartLine;
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        int c = read();
        if (c >= 0) {
            position--;
        }
        return c;
    }

    /**
     * The next row's fields, or null at the end of input.
     *
     * @throws IOException on read errors
     */
    public List<String> next() throws IOException {
        if (!started) {
            started = true;
            if (peek() == '\uFEFF') {
                read();
            }
        }
        int c = read();
        if (c < 0) {
            return null;
        }
        rowStartLine = line;
        List<String> fields = new ArrayList<>(12);
        StringBuilder field = new StringBuilder(32);
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        while (true) {
            if (c < 0) {
                fields.add(field.toString());
                return fields;
            }
            if (quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && (field.isEmpty() || field.toString().isBlank()) && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                line++;
                fields.add(field.toString());
                return fields;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Quotes a value for CSV output when needed. */
    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        boolean needs = false;
        for (int i = 0; i < value.length() && !needs; i++) {
            char c = value.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}

package org.lantern.network.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.lantern.network.cdr.CallLog;

/**
 * Streams a call CSV ({@code caller,callee,start_time,duration_s,cell_id,imei}, header first,
 * columns in any order, cell_id and imei optional) into a {@link CallLog}.
 *
 * <p>The input is read in blocks of a few MiB; blocks are split into fields by scanning bytes (no
 * regex, no String per field) on all cores, then interned and appended in file order on the
 * calling thread, so ids and results are deterministic. At most a few blocks are in flight, so
 * memory grows with the number of calls and distinct strings, not with the file. Time O(bytes).
 *
 * <p>A row that cannot be read (missing field, bad time, bad duration) is skipped, reported to the
 * {@link Listener} with its 1-based line number and counted in {@link Result#badRows()}.
 */
public final class CallCsvReader {

  /** Receives bad rows and progress; called on the reading thread. */
  public interface Listener {
    void badRow(long lineNumber, String reason);

    default void progress(long rowsRead) {}
  }

  /** What was read: the log and how many data rows were skipped. */
  public record Result(CallLog log, long rows, long badRows) {}

  private static final int BLOCK_BYTES = 4 << 20;
  private static final int CALLER = 0;
  private static final int CALLEE = 1;
  private static final int START = 2;
  private static final int DURATION = 3;
  private static final int CELL = 4;
  private static final int IMEI = 5;
  private static final String[] COLUMN_NAMES = {"caller", "callee", "start_time", "duration_s", "cell_id", "imei"};

  private final int threads;

  public CallCsvReader() {
    this(Runtime.getRuntime().availableProcessors());
  }

  /** @param threads number of parsing threads */
  public CallCsvReader(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1");
    }
    this.threads = threads;
  }

  /** Reads a CSV file. */
  public Result read(Path path, Listener listener) throws IOException {
    Objects.requireNonNull(path, "path must not be null");
    long size = Files.size(path);
    try (InputStream in = Files.newInputStream(path)) {
      // about 70 bytes per call and 10 calls per number in typical CDR extracts
      return read(in, listener, (int) Math.min(Integer.MAX_VALUE - 16, size / 60 + 16));
    }
  }

  /** Reads CSV from a stream; {@code expectedRows} only sizes buffers. */
  public Result read(InputStream in, Listener listener, int expectedRows) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    Objects.requireNonNull(listener, "listener must not be null");
    CallLog log = new CallLog(expectedRows, Math.max(1024, expectedRows / 8));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "csv-parse");
      t.setDaemon(true);
      return t;
    });
    try {
      return readBlocks(in, listener, log, pool);
    } finally {
      pool.shutdownNow();
    }
  }

  private Result readBlocks(InputStream in, Listener listener, CallLog log, ExecutorService pool)
      throws IOException {
    ArrayDeque<Future<ParsedBlock>> inFlight = new ArrayDeque<>();
    int[] columns = null;
    byte[] carry = new byte[0];
    long nextLine = 1;
    long rows = 0;
    long badRows = 0;
    long lastProgress = 0;
    boolean eof = false;
    while (!eof || !inFlight.isEmpty()) {
      while (!eof && inFlight.size() < threads + 2) {
        byte[] block = Arrays.copyOf(carry, carry.length + BLOCK_BYTES);
        int filled = carry.length;
        int read;
        while (filled < block.length && (read = in.read(block, filled, block.length - filled)) > 0) {
          filled += read;
        }
        eof = filled < block.length;
        int end = eof ? filled : lastNewline(block, filled) + 1;
        if (end == 0) {
          // a single line longer than the block: keep growing
          carry = Arrays.copyOf(block, filled);
          continue;
        }
        carry = Arrays.copyOfRange(block, end, filled);
        int start = 0;
        if (columns == null) {
          int headerEnd = indexOf(block, 0, end, (byte) '\n');
          int headerStop = headerEnd < 0 ? end : headerEnd;
          columns = parseHeader(block, 0, headerStop);
          start = headerEnd < 0 ? end : headerEnd + 1;
          nextLine++;
        }
        int[] columnsFinal = columns;
        int from = start;
        inFlight.add(pool.submit(() -> ParsedBlock.parse(block, from, end, columnsFinal)));
      }
      if (inFlight.isEmpty()) {
        break;
      }
      ParsedBlock parsed = await(inFlight.poll());
      for (int row = 0; row < parsed.lines; row++) {
        long lineNumber = nextLine + row;
        String error = parsed.errors[row];
        if (parsed.blank[row]) {
          continue;
        }
        if (error != null) {
          badRows++;
          listener.badRow(lineNumber, error);
          continue;
        }
        int f = row * 12;
        int[] b = parsed.bounds;
        byte[] bytes = parsed.bytes;
        int caller = log.numbers().intern(bytes, b[f], b[f + 1]);
        int callee = log.numbers().intern(bytes, b[f + 2], b[f + 3]);
        int cell = b[f + 9] > b[f + 8] ? log.cells().intern(bytes, b[f + 8], b[f + 9]) : CallLog.NONE;
        int imei = b[f + 11] > b[f + 10] ? log.imeis().intern(bytes, b[f + 10], b[f + 11]) : CallLog.NONE;
        log.add(caller, callee, parsed.starts[row], parsed.durations[row], cell, imei);
        rows++;
      }
      nextLine += parsed.lines;
      if (rows - lastProgress >= 1_000_000) {
        lastProgress = rows;
        listener.progress(rows);
      }
    }
    if (columns == null) {
      throw new IllegalArgumentException("empty input: expected a header " + String.join(",", COLUMN_NAMES));
    }
    return new Result(log, rows, badRows);
  }

  private static ParsedBlock await(Future<ParsedBlock> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while parsing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IllegalStateException("parsing failed", e.getCause());
    }
  }

  /** Column index of each of the six known fields, -1 when absent. */
  static int[] parseHeader(byte[] bytes, int from, int to) {
    String header = new String(bytes, from, to - from, StandardCharsets.UTF_8).strip();
    if (header.startsWith("\uFEFF")) {
      header = header.substring(1);
    }
    String[] names = header.split(",", -1);
    int[] columns = new int[COLUMN_NAMES.length];
    Arrays.fill(columns, -1);
    for (int i = 0; i < names.length; i++) {
      String name = names[i].strip().replace("\"", "").toLowerCase(java.util.Locale.ROOT);
      for (int k = 0; k < COLUMN_NAMES.length; k++) {
        if (COLUMN_NAMES[k].equals(name)) {
          columns[k] = i;
        }
      }
    }
    if (columns[CALLER] < 0 || columns[CALLEE] < 0 || columns[START] < 0) {
      throw new IllegalArgumentException(
          "header must name caller, callee and start_time; got: " + header);
    }
    return columns;
  }

  private static int lastNewline(byte[] bytes, int end) {
    for (int i = end - 1; i >= 0; i--) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] bytes, int from, int to, byte value) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }

  /** Field boundaries and parsed numbers of one block of lines; produced on a worker thread. */
  private static final class ParsedBlock {
    final byte[] bytes;
    int lines;
    int[] bounds;
    long[] starts;
    int[] durations;
    String[] errors;
    boolean[] blank;

    private ParsedBlock(byte[] bytes, int capacity) {
      this.bytes = bytes;
      bounds = new int[capacity * 12];
      starts = new long[capacity];
      durations = new int[capacity];
      errors = new String[capacity];
      blank = new boolean[capacity];
    }

    static ParsedBlock parse(byte[] bytes, int from, int to, int[] columns) {
      int capacity = 1;
      for (int i = from; i < to; i++) {
        if (bytes[i] == '\n') {
          capacity++;
        }
      }
      ParsedBlock block = new ParsedBlock(bytes, capacity);
      int maxColumn = 0;
      for (int c : columns) {
        maxColumn = Math.max(maxColumn, c);
      }
      int[] fieldStart = new int[maxColumn + 1];
      int[] fieldEnd = new int[maxColumn + 1];
      int lineStart = from;
      while (lineStart < to) {
        int lineEnd = lineStart;
        while (lineEnd < to && bytes[lineEnd] != '\n') {
          lineEnd++;
        }
        block.parseLine(lineStart, lineEnd, columns, fieldStart, fieldEnd);
        lineStart = lineEnd + 1;
      }
      return block;
    }

    private void parseLine(int from, int to, int[] columns, int[] fieldStart, int[] fieldEnd) {
      int row = lines++;
      if (to > from && bytes[to - 1] == '\r') {
        to--;
      }
      if (isBlank(from, to)) {
        blank[row] = true;
        return;
      }
      int found = splitFields(from, to, fieldStart, fieldEnd);
      int needed = Math.max(columns[CALLER], Math.max(columns[CALLEE], columns[START]));
      if (found <= needed) {
        errors[row] = "expected at least " + (needed + 1) + " fields, found " + found;
        return;
      }
      int f = row * 12;
      for (int k = 0; k < COLUMN_NAMES.length; k++) {
        int column = columns[k];
        if (column >= 0 && column < found) {
          bounds[f + 2 * k] = fieldStart[column];
          bounds[f + 2 * k + 1] = fieldEnd[column];
        }
      }
      if (bounds[f + 1] <= bounds[f]) {
        errors[row] = "empty caller";
        return;
      }
      if (bounds[f + 3] <= bounds[f + 2]) {
        errors[row] = "empty callee";
        return;
      }
      long start = Timestamps.parseEpochSecond(bytes, bounds[f + 4], bounds[f + 5]);
      if (start == Timestamps.INVALID) {
        errors[row] = "bad start_time '" + text(bounds[f + 4], bounds[f + 5]) + "'";
        return;
      }
      starts[row] = start;
      int duration = parseDuration(bounds[f + 6], bounds[f + 7]);
      if (duration < 0) {
        errors[row] = "bad duration_s '" + text(bounds[f + 6], bounds[f + 7]) + "'";
        return;
      }
      durations[row] = duration;
    }

    /** Splits on commas honouring double quotes; trims blanks and quotes. Returns field count. */
    private int splitFields(int from, int to, int[] fieldStart, int[] fieldEnd) {
      int field = 0;
      int i = from;
      while (true) {
        int start = i;
        int end;
        boolean quoted = false;
        while (start < to && bytes[start] == ' ') {
          start++;
        }
        if (start < to && bytes[start] == '"') {
          quoted = true;
          start++;
          end = start;
          while (end < to && bytes[end] != '"') {
            end++;
          }
          i = end + 1;
          while (i < to && bytes[i] != ',') {
            i++;
          }
        } else {
          end = start;
          while (end < to && bytes[end] != ',') {
            end++;
          }
          i = end;
        }
        if (!quoted) {
          while (end > start && bytes[end - 1] == ' ') {
            end--;
          }
        }
        if (field < fieldStart.length) {
          fieldStart[field] = start;
          fieldEnd[field] = end;
        }
        field++;
        if (i >= to) {
          return field;
        }
        i++; // skip the comma
      }
    }

    /** Whole seconds; empty means 0; a fraction is truncated; -1 when malformed or negative. */
    private int parseDuration(int from, int to) {
      long value = 0;
      int i = from;
      for (; i < to && bytes[i] != '.'; i++) {
        int d = bytes[i] - '0';
        if (d < 0 || d > 9 || value > Integer.MAX_VALUE / 10) {
          return -1;
        }
        value = value * 10 + d;
      }
      for (i = i + 1; i < to; i++) {
        if (bytes[i] < '0' || bytes[i] > '9') {
          return -1;
        }
      }
      return (int) Math.min(value, Integer.MAX_VALUE);
    }

    private boolean isBlank(int from, int to) {
      for (int i = from; i < to; i++) {
        if (bytes[i] != ' ' && bytes[i] != '\t') {
          return false;
        }
      }
      return true;
    }

    private String text(int from, int to) {
      String s = new String(bytes, from, Math.max(0, to - from), StandardCharsets.UTF_8);
      return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
  }
}

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
import org.lantern.network.graph.StringIndex;

/**
 * Streams a call CSV ({@code caller,callee,start_time,duration_s,cell_id,imei}, header first,
 * columns in any order, cell_id and imei optional) into a {@link CallLog}.
 *
 * <p>The input is read in blocks of a few MiB; blocks are split into fields by scanning bytes (no
 * regex, no String per field) on all cores; numbers are interned by two threads that each own
 * half of the numbers (by hash) and see blocks in file order, so ids and results are
 * deterministic; rows are appended in file order. At most a few blocks are in flight, so
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
  private static final int SHARDS = 2;
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
    ExecutorService parsers = Executors.newFixedThreadPool(threads, daemon("csv-parse"));
    // one thread per number shard, each always fed blocks in file order: ids are deterministic
    ExecutorService[] interners = new ExecutorService[SHARDS];
    for (int s = 0; s < SHARDS; s++) {
      interners[s] = Executors.newSingleThreadExecutor(daemon("csv-intern-" + s));
    }
    try {
      return new Assembly(expectedRows).readBlocks(in, listener, parsers, interners);
    } finally {
      parsers.shutdownNow();
      for (ExecutorService interner : interners) {
        interner.shutdownNow();
      }
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** A block on its way: parsed on a pool thread, then interned by every shard thread. */
  private record Pending(Future<ParsedBlock> parsed, Future<?>[] interned) {}

  /**
   * Numbers are interned by {@link #SHARDS} threads, each owning the numbers whose hash falls in
   * its shard; shard 0 also interns cells and shard 1 IMEIs. Ids are shard-local while reading
   * (encoded local * SHARDS + shard) and made dense when the input ends.
   */
  private final class Assembly {
    final StringIndex[] numberShards = new StringIndex[SHARDS];
    final StringIndex cells;
    final StringIndex imeis;
    int[] callers;
    int[] callees;
    long[] starts;
    int[] durations;
    int[] cellIds;
    int[] imeiIds;
    int size;

    Assembly(int expectedRows) {
      int capacity = Math.max(16, expectedRows);
      int expectedNumbers = Math.max(1024, expectedRows / 8);
      for (int s = 0; s < SHARDS; s++) {
        numberShards[s] = new StringIndex(expectedNumbers / SHARDS);
      }
      cells = new StringIndex(Math.max(64, expectedNumbers / 64));
      imeis = new StringIndex(expectedNumbers);
      callers = new int[capacity];
      callees = new int[capacity];
      starts = new long[capacity];
      durations = new int[capacity];
      cellIds = new int[capacity];
      imeiIds = new int[capacity];
    }

    Result readBlocks(InputStream in, Listener listener, ExecutorService parsers, ExecutorService[] interners)
        throws IOException {
      ArrayDeque<Pending> inFlight = new ArrayDeque<>();
      int[] columns = null;
      byte[] carry = new byte[0];
      long nextLine = 1;
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
            carry = Arrays.copyOf(block, filled); // one line longer than a block: keep growing
            continue;
          }
          carry = Arrays.copyOfRange(block, end, filled);
          int start = 0;
          if (columns == null) {
            int headerEnd = indexOf(block, 0, end, (byte) '\n');
            columns = parseHeader(block, 0, headerEnd < 0 ? end : headerEnd);
            start = headerEnd < 0 ? end : headerEnd + 1;
            nextLine++;
          }
          int[] columnsFinal = columns;
          int from = start;
          Future<ParsedBlock> parsed = parsers.submit(() -> ParsedBlock.parse(block, from, end, columnsFinal));
          Future<?>[] interned = new Future<?>[SHARDS];
          for (int s = 0; s < SHARDS; s++) {
            int shard = s;
            interned[s] = interners[s].submit(() -> {
              intern(parsed.get(), shard);
              return null;
            });
          }
          inFlight.add(new Pending(parsed, interned));
        }
        if (inFlight.isEmpty()) {
          break;
        }
        Pending pending = inFlight.poll();
        for (Future<?> f : pending.interned()) {
          await(f);
        }
        ParsedBlock parsed = await(pending.parsed());
        for (int row = 0; row < parsed.lines; row++) {
          if (parsed.blank[row]) {
            continue;
          }
          if (parsed.errors[row] != null) {
            badRows++;
            listener.badRow(nextLine + row, parsed.errors[row]);
            continue;
          }
          append(parsed, row);
        }
        nextLine += parsed.lines;
        if (size - lastProgress >= 1_000_000) {
          lastProgress = size;
          listener.progress(size);
        }
      }
      if (columns == null) {
        throw new IllegalArgumentException("empty input: expected a header " + String.join(",", COLUMN_NAMES));
      }
      return new Result(finish(), size, badRows);
    }

    private void intern(ParsedBlock block, int shard) {
      int[] b = block.bounds;
      byte[] bytes = block.bytes;
      StringIndex numbers = numberShards[shard];
      for (int row = 0; row < block.lines; row++) {
        if (block.blank[row] || block.errors[row] != null) {
          continue;
        }
        int f = row * 12;
        if (shardOf(bytes, b[f], b[f + 1]) == shard) {
          block.callerIds[row] = numbers.intern(bytes, b[f], b[f + 1]) * SHARDS + shard;
        }
        if (shardOf(bytes, b[f + 2], b[f + 3]) == shard) {
          block.calleeIds[row] = numbers.intern(bytes, b[f + 2], b[f + 3]) * SHARDS + shard;
        }
        if (shard == 0) {
          block.cellIds[row] = b[f + 9] > b[f + 8] ? cells.intern(bytes, b[f + 8], b[f + 9]) : CallLog.NONE;
        } else if (shard == 1) {
          block.imeiIds[row] = b[f + 11] > b[f + 10] ? imeis.intern(bytes, b[f + 10], b[f + 11]) : CallLog.NONE;
        }
      }
    }

    private void append(ParsedBlock parsed, int row) {
      if (size == callers.length) {
        int capacity = size + (size >> 1);
        callers = Arrays.copyOf(callers, capacity);
        callees = Arrays.copyOf(callees, capacity);
        starts = Arrays.copyOf(starts, capacity);
        durations = Arrays.copyOf(durations, capacity);
        cellIds = Arrays.copyOf(cellIds, capacity);
        imeiIds = Arrays.copyOf(imeiIds, capacity);
      }
      callers[size] = parsed.callerIds[row];
      callees[size] = parsed.calleeIds[row];
      starts[size] = parsed.starts[row];
      durations[size] = parsed.durations[row];
      cellIds[size] = parsed.cellIds[row];
      imeiIds[size] = parsed.imeiIds[row];
      size++;
    }

    /** Makes number ids dense (shard 0's numbers first) and wraps the columns in a log. */
    private CallLog finish() {
      int[] shardBase = new int[SHARDS + 1];
      for (int s = 0; s < SHARDS; s++) {
        shardBase[s + 1] = shardBase[s] + numberShards[s].size();
      }
      StringIndex numbers = numberShards[0];
      for (int s = 1; s < SHARDS; s++) {
        StringIndex shard = numberShards[s];
        for (int local = 0; local < shard.size(); local++) {
          numbers.intern(shard.get(local));
        }
      }
      int count = size;
      int[] callerColumn = callers;
      int[] calleeColumn = callees;
      java.util.stream.IntStream.range(0, 64).parallel().forEach(chunk -> {
        int from = (int) ((long) count * chunk / 64);
        int to = (int) ((long) count * (chunk + 1) / 64);
        for (int i = from; i < to; i++) {
          callerColumn[i] = shardBase[callerColumn[i] % SHARDS] + callerColumn[i] / SHARDS;
          calleeColumn[i] = shardBase[calleeColumn[i] % SHARDS] + calleeColumn[i] / SHARDS;
        }
      });
      return CallLog.ofColumns(numbers, cells, imeis, callers, callees, starts, durations, cellIds, imeiIds, size);
    }
  }

  /** Shard of a field: a hash of its last bytes, where phone numbers differ most. */
  static int shardOf(byte[] bytes, int from, int to) {
    int h = 0;
    for (int i = Math.max(from, to - 4); i < to; i++) {
      h = h * 31 + bytes[i];
    }
    h ^= h >>> 7;
    return (h ^ (h >>> 3)) & (SHARDS - 1);
  }

  private static <T> T await(Future<T> future) throws IOException {
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
    final int[] callerIds;
    final int[] calleeIds;
    final int[] cellIds;
    final int[] imeiIds;

    private ParsedBlock(byte[] bytes, int capacity) {
      this.bytes = bytes;
      bounds = new int[capacity * 12];
      starts = new long[capacity];
      durations = new int[capacity];
      errors = new String[capacity];
      blank = new boolean[capacity];
      callerIds = new int[capacity];
      calleeIds = new int[capacity];
      cellIds = new int[capacity];
      imeiIds = new int[capacity];
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

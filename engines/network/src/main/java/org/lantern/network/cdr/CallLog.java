package org.lantern.network.cdr;

import java.util.Arrays;
import java.util.Objects;
import org.lantern.network.api.CallRecord;
import org.lantern.network.graph.CsrGraph;
import org.lantern.network.graph.GraphBuilder;
import org.lantern.network.graph.StringIndex;

/**
 * Time-stamped call events in columnar primitive arrays, with numbers, cells and handsets interned
 * to dense ids. This is the temporal store behind timelines, co-location, device swaps and activity
 * windows; {@link #contactGraph()} aggregates it into the static weighted graph.
 *
 * <p>Space: 28 bytes per call plus the interned strings. Appending is amortised O(1).
 * Not thread-safe while appending; read-only use after building may be shared.
 */
public final class CallLog {

  /** Marks an unknown cell or handset. */
  public static final int NONE = -1;

  private final StringIndex numbers;
  private final StringIndex cells;
  private final StringIndex imeis;
  private int[] callers;
  private int[] callees;
  private long[] starts;
  private int[] durations;
  private int[] cellIds;
  private int[] imeiIds;
  private int size;
  private CsrGraph graph;

  public CallLog() {
    this(1024, 1024);
  }

  /** @param expectedCalls capacity hint; @param expectedNumbers interning table hint */
  public CallLog(int expectedCalls, int expectedNumbers) {
    int capacity = Math.max(16, expectedCalls);
    numbers = new StringIndex(expectedNumbers);
    cells = new StringIndex(Math.max(16, expectedNumbers / 16));
    imeis = new StringIndex(expectedNumbers);
    callers = new int[capacity];
    callees = new int[capacity];
    starts = new long[capacity];
    durations = new int[capacity];
    cellIds = new int[capacity];
    imeiIds = new int[capacity];
  }

  /**
   * Wraps columns already interned elsewhere (the CSV reader); arrays are used, not copied.
   */
  public static CallLog ofColumns(StringIndex numbers, StringIndex cells, StringIndex imeis,
      int[] callers, int[] callees, long[] starts, int[] durations, int[] cellIds, int[] imeiIds, int size) {
    return new CallLog(Objects.requireNonNull(numbers, "numbers must not be null"),
        Objects.requireNonNull(cells, "cells must not be null"),
        Objects.requireNonNull(imeis, "imeis must not be null"),
        callers, callees, starts, durations, cellIds, imeiIds, size);
  }

  private CallLog(StringIndex numbers, StringIndex cells, StringIndex imeis, int[] callers, int[] callees,
      long[] starts, int[] durations, int[] cellIds, int[] imeiIds, int size) {
    this.numbers = numbers;
    this.cells = cells;
    this.imeis = imeis;
    this.callers = callers;
    this.callees = callees;
    this.starts = starts;
    this.durations = durations;
    this.cellIds = cellIds;
    this.imeiIds = imeiIds;
    this.size = size;
    for (int[] column : new int[][] {callers, callees, durations, cellIds, imeiIds}) {
      if (column.length < size) {
        throw new IllegalArgumentException("every column must hold size entries");
      }
    }
    if (starts.length < size) {
      throw new IllegalArgumentException("every column must hold size entries");
    }
  }

  /** Builds a log from in-memory records (e.g. one case's calls). */
  public static CallLog of(Iterable<CallRecord> records) {
    Objects.requireNonNull(records, "records must not be null");
    CallLog log = new CallLog();
    for (CallRecord r : records) {
      log.add(r);
    }
    return log;
  }

  /** Appends one record. */
  public void add(CallRecord record) {
    Objects.requireNonNull(record, "record must not be null");
    int cell = record.cellId() == null ? NONE : cells.intern(record.cellId());
    int imei = record.imei() == null ? NONE : imeis.intern(record.imei());
    add(numbers.intern(record.caller()), numbers.intern(record.callee()),
        record.startEpochSecond(), record.durationSeconds(), cell, imei);
  }

  /** Appends one record of already interned ids (used by the CSV reader). */
  public void add(int caller, int callee, long startEpochSecond, int durationSeconds, int cell, int imei) {
    if (size == callers.length) {
      int capacity = Math.max(16, size + (size >> 1));
      callers = Arrays.copyOf(callers, capacity);
      callees = Arrays.copyOf(callees, capacity);
      starts = Arrays.copyOf(starts, capacity);
      durations = Arrays.copyOf(durations, capacity);
      cellIds = Arrays.copyOf(cellIds, capacity);
      imeiIds = Arrays.copyOf(imeiIds, capacity);
    }
    callers[size] = caller;
    callees[size] = callee;
    starts[size] = startEpochSecond;
    durations[size] = durationSeconds;
    cellIds[size] = cell;
    imeiIds[size] = imei;
    size++;
    graph = null;
  }

  /** Number of calls. */
  public int size() {
    return size;
  }

  public int caller(int call) {
    return callers[call];
  }

  public int callee(int call) {
    return callees[call];
  }

  public long start(int call) {
    return starts[call];
  }

  public int duration(int call) {
    return durations[call];
  }

  /** Cell id of the caller during {@code call}, or {@link #NONE}. */
  public int cell(int call) {
    return cellIds[call];
  }

  /** Handset id of the caller during {@code call}, or {@link #NONE}. */
  public int imei(int call) {
    return imeiIds[call];
  }

  /** Interned phone numbers; node ids of {@link #contactGraph()} are these ids. */
  public StringIndex numbers() {
    return numbers;
  }

  public StringIndex cells() {
    return cells;
  }

  public StringIndex imeis() {
    return imeis;
  }

  /** Id of a phone number, or -1 if it never appears. */
  public int numberId(String number) {
    return numbers.find(Objects.requireNonNull(number, "number must not be null"));
  }

  /** Phone number of node id {@code id}. */
  public String number(int id) {
    return numbers.get(id);
  }

  /**
   * The undirected contact graph: one node per number, one edge per pair that called each other
   * in either direction, weighted by the number of calls, with total seconds per edge. Built once
   * and cached; O(calls) time.
   */
  public CsrGraph contactGraph() {
    CsrGraph g = graph;
    if (g == null) {
      g = GraphBuilder.build(numbers.size(), callers, callees, null, durations, size);
      graph = g;
    }
    return g;
  }
}

package org.lantern.linkage.cli;

import org.lantern.linkage.api.LinkageModel;
import org.lantern.linkage.api.Record;
import org.lantern.linkage.block.BlockingConfig;
import org.lantern.linkage.cluster.Deduplicator;
import org.lantern.linkage.compare.PreparedRecord;
import org.lantern.linkage.compare.RecordPreparer;
import org.lantern.linkage.index.BatchLinker;
import org.lantern.linkage.index.LinkageIndex;
import org.lantern.linkage.index.ModelTraining;
import org.lantern.linkage.io.CsvReader;
import org.lantern.linkage.io.RecordCsvReader;
import org.lantern.linkage.score.ModelEstimator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Command line of the linkage engine: {@code link} missing reports to found persons, or {@code dedupe} one table.
 * See {@link CliOptions#USAGE}. Exit codes: 0 success, 2 usage error, 3 unusable input, 1 other failure.
 */
public final class LinkageCli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE_ERROR = 2;
    static final int INPUT_ERROR = 3;

    private static final int PREPARE_BATCH = 16_384;
    private static final int MAX_CLUSTER_SIZE = 50;

    private final PrintStream err;
    private final long start = System.nanoTime();

    private LinkageCli(PrintStream err) {
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    /** Runs a command; returns the exit code. Messages go to {@code err}. */
    public static int run(String[] args, PrintStream err) {
        CliOptions options;
        try {
            options = CliOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(CliOptions.USAGE);
            return USAGE_ERROR;
        }
        LinkageCli cli = new LinkageCli(err);
        ForkJoinPool pool = new ForkJoinPool(options.threads());
        try {
            return pool.submit(() -> cli.execute(options)).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RecordCsvReader.InputException) {
                err.println("error: " + cause.getMessage());
                return INPUT_ERROR;
            }
            err.println("error: " + cause);
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILED;
        } finally {
            pool.shutdown();
        }
    }

    private int execute(CliOptions options) throws IOException {
        return options.command().equals("link") ? link(options) : dedupe(options);
    }

    private int link(CliOptions options) throws IOException {
        // the two files are parsed at the same time (parsing is sequential per file), normalised on all workers
        java.util.concurrent.CompletableFuture<List<PreparedRecord>> foundReading = readInBackground(options.found());
        List<PreparedRecord> missing = readPrepared(options.missing());
        List<PreparedRecord> found = await(foundReading);
        LinkageIndex index = new LinkageIndex(ModelTraining.placeholder(true), linkBlocking());
        index.addAllPrepared(found);
        progress("indexed " + found.size() + " found records");
        LinkageModel model = ModelTraining.estimate(missing, found, index, true, estimation(options));
        progress("estimated model: lambda=" + String.format("%.4g", model.lambda()));
        index.setModel(model);
        BatchLinker.Result result = BatchLinker.link(model, missing, index, options.top(),
                options.oneToOne() ? oneToOneRule() : BatchLinker.MatchRule.ALL, this::progress);
        int matches = writeMatches(options.out(), missing, index, result);
        progress("wrote " + options.out() + " (" + matches + " matches)");
        return OK;
    }

    /**
     * Blocking of {@code link}: the defaults, or for experiments the system properties
     * {@code lantern.candidateBudget} (a number) and {@code lantern.budgetInDistinct} (true/false).
     */
    static BlockingConfig linkBlocking() {
        BlockingConfig d = BlockingConfig.DEFAULT;
        return d.withBudget(Integer.getInteger("lantern.candidateBudget", d.candidateBudget()),
                Boolean.parseBoolean(System.getProperty("lantern.budgetInDistinct",
                        Boolean.toString(d.budgetInDistinct()))));
    }

    /**
     * The one-to-one rule of {@code link}: {@link BatchLinker#ONE_TO_ONE}, or for experiments
     * {@code -Dlantern.matchRule=MUTUAL_BEST} (or another {@link BatchLinker.MatchRule}).
     */
    static BatchLinker.MatchRule oneToOneRule() {
        return BatchLinker.MatchRule.valueOf(System.getProperty("lantern.matchRule", BatchLinker.ONE_TO_ONE.name()));
    }

    private java.util.concurrent.CompletableFuture<List<PreparedRecord>> readInBackground(Path file) {
        java.util.concurrent.CompletableFuture<List<PreparedRecord>> result =
                new java.util.concurrent.CompletableFuture<>();
        ForkJoinPool pool = ForkJoinTaskPool.current();
        // a thread of its own, so that the pool's workers stay free to normalise the batches of both files
        Thread reader = new Thread(() -> {
            try {
                result.complete(readPrepared(file, pool));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "lantern-read-" + file.getFileName());
        reader.setDaemon(true);
        reader.start();
        return result;
    }

    private static List<PreparedRecord> await(java.util.concurrent.CompletableFuture<List<PreparedRecord>> reading)
            throws IOException {
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    /** Rows written per formatting task. */
    private static final int WRITE_CHUNK = 8_192;

    /**
     * Writes the candidates of every missing record, best first. Chunks of missing records are formatted to bytes
     * on all workers, a window of them at a time, and written in order: O(n·k) time, O(window) memory.
     */
    private static int writeMatches(Path path, List<PreparedRecord> missing, LinkageIndex index,
                                    BatchLinker.Result result) throws IOException {
        String[] quotedFoundIds = new String[index.slotCount()]; // each found id is written up to k times
        int chunks = (missing.size() + WRITE_CHUNK - 1) / WRITE_CHUNK;
        int window = 4 * Math.max(1, ForkJoinTaskPool.current().getParallelism());
        int matches = 0;
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(createParent(path)),
                1 << 16)) {
            out.write("missing_id,found_id,score,match\n".getBytes(StandardCharsets.UTF_8));
            for (int from = 0; from < chunks; from += window) {
                int to = Math.min(chunks, from + window);
                List<byte[]> formatted = java.util.stream.IntStream.range(from, to).parallel()
                        .mapToObj(chunk -> formatChunk(chunk, missing, index, result, quotedFoundIds)).toList();
                for (byte[] bytes : formatted) {
                    out.write(bytes);
                }
            }
        }
        for (boolean m : result.match()) {
            matches += m ? 1 : 0;
        }
        return matches;
    }

    private static byte[] formatChunk(int chunk, List<PreparedRecord> missing, LinkageIndex index,
                                      BatchLinker.Result result, String[] quotedFoundIds) {
        StringBuilder text = new StringBuilder(WRITE_CHUNK * result.k() * 32);
        int end = Math.min(missing.size(), (chunk + 1) * WRITE_CHUNK);
        for (int i = chunk * WRITE_CHUNK; i < end; i++) {
            String missingId = CsvReader.quote(missing.get(i).id());
            for (int j = 0; j < result.counts()[i]; j++) {
                int e = i * result.k() + j;
                int slot = result.foundSlots()[e];
                String foundId = quotedFoundIds[slot];
                if (foundId == null) {
                    foundId = CsvReader.quote(index.record(slot).id());
                    quotedFoundIds[slot] = foundId; // racy but idempotent
                }
                text.append(missingId).append(',').append(foundId).append(',');
                appendProbability(text, result.probability()[e]);
                text.append(',').append(result.match()[e] ? '1' : '0').append('\n');
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Path createParent(Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return path;
    }

    private int dedupe(CliOptions options) throws IOException {
        List<PreparedRecord> records = readPrepared(options.in());
        LinkageIndex index = new LinkageIndex(ModelTraining.placeholder(false), BlockingConfig.DEFAULT);
        index.addAllPrepared(records);
        progress("indexed " + records.size() + " records");
        LinkageModel model = ModelTraining.estimate(records, records, index, false, estimation(options));
        progress("estimated model: lambda=" + String.format("%.4g", model.lambda()));
        index.setModel(model);
        int[] cluster = Deduplicator.clusters(model, records, index, MAX_CLUSTER_SIZE);
        try (Writer out = writer(options.out())) {
            out.write("id,cluster_id\n");
            for (int i = 0; i < records.size(); i++) {
                out.append(CsvReader.quote(records.get(i).id())).append(',')
                        .append(CsvReader.quote(records.get(cluster[i]).id())).append('\n');
            }
        }
        progress("wrote " + options.out());
        return OK;
    }

    private static ModelEstimator.Options estimation(CliOptions options) {
        ModelEstimator.Options d = ModelEstimator.Options.DEFAULT;
        double threshold = options.threshold() != null ? options.threshold() : d.threshold();
        return new ModelEstimator.Options(d.randomPairs(), d.emSampleRecords(), d.emIterations(), threshold, d.seed());
    }

    /**
     * Reads a CSV, normalising records in parallel batches while the next rows are parsed; ids stay unique (first
     * wins).
     */
    private List<PreparedRecord> readPrepared(Path file) throws IOException {
        return readPrepared(file, ForkJoinTaskPool.current());
    }

    @SuppressWarnings("unchecked")
    private List<PreparedRecord> readPrepared(Path file, ForkJoinPool pool) throws IOException {
        List<java.util.concurrent.Future<List<PreparedRecord>>> batches = new ArrayList<>();
        List<Record>[] batch = new List[] {new ArrayList<Record>(PREPARE_BATCH)};
        java.util.Set<String> ids = new java.util.HashSet<>();
        int[] problems = {0};
        RecordCsvReader.read(file, record -> {
            if (!ids.add(record.id())) {
                problems[0]++;
                if (problems[0] <= 100) {
                    err.println(file + ": duplicate id " + record.id() + " ignored");
                }
                return;
            }
            batch[0].add(record);
            if (batch[0].size() == PREPARE_BATCH) {
                batches.add(prepareAsync(pool, batch[0]));
                batch[0] = new ArrayList<>(PREPARE_BATCH);
            }
        }, problem -> {
            problems[0]++;
            if (problems[0] <= 100) {
                err.println(file + ": " + problem);
            }
        });
        batches.add(prepareAsync(pool, batch[0]));
        List<PreparedRecord> prepared = new ArrayList<>(batches.size() * PREPARE_BATCH);
        for (java.util.concurrent.Future<List<PreparedRecord>> f : batches) {
            try {
                prepared.addAll(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IOException("could not normalise records of " + file, e.getCause());
            }
        }
        if (problems[0] > 100) {
            err.println(file + ": " + problems[0] + " problems in total");
        }
        progress("read " + prepared.size() + " records from " + file);
        return prepared;
    }

    private static java.util.concurrent.Future<List<PreparedRecord>> prepareAsync(ForkJoinPool pool,
                                                                                   List<Record> records) {
        return pool.submit(() -> records.stream().map(RecordPreparer::prepare).toList());
    }

    /** The pool the current task runs in, so that batches use the configured number of threads. */
    private static final class ForkJoinTaskPool {
        static ForkJoinPool current() {
            ForkJoinPool pool = ForkJoinTask.getPool();
            return pool != null ? pool : ForkJoinPool.commonPool();
        }
    }

    private static Writer writer(Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Appends p with six decimals without String.format (millions of rows). */
    static void appendProbability(StringBuilder s, float p) {
        long micros = Math.round(Math.min(1.0, Math.max(0.0, p)) * 1_000_000L);
        s.append(micros / 1_000_000L).append('.');
        String frac = Long.toString(micros % 1_000_000L);
        for (int i = frac.length(); i < 6; i++) {
            s.append('0');
        }
        s.append(frac);
    }

    private void progress(String message) {
        err.printf("[%6.1fs] %s%n", (System.nanoTime() - start) / 1e9, message);
    }
}

package org.lantern.linkage.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Parsed command line: a command ({@code link} or {@code dedupe}) and {@code --name value} options.
 *
 * @param command   link or dedupe
 * @param missing   missing-person CSV (link)
 * @param found     found-person CSV (link)
 * @param in        table to deduplicate (dedupe)
 * @param out       output CSV
 * @param threshold decision threshold on the match probability, or null for the default
 * @param threads   worker threads (default: all cores)
 * @param top       candidates listed per missing record
 * @param oneToOne  whether match=1 is one-to-one (each record the other's best, and probability against the
 *                  competing pairs of both records at the threshold), see BatchLinker.ONE_TO_ONE
 */
record CliOptions(String command, Path missing, Path found, Path in, Path out, Double threshold, int threads,
                  int top, boolean oneToOne) {

    static final String USAGE = """
            usage: LinkageCli link --missing M.csv --found F.csv --out matches.csv [--threshold P] [--threads N] \
            [--top K] [--all-matches]
                   LinkageCli dedupe --in people.csv --out clusters.csv [--threshold P] [--threads N]
            CSV columns (any subset, id required): id, name, father_name, sex, age, event_date, home_district,
            home_state, event_district, event_state, phone, dob, address""";

    private static final Set<String> VALUED = Set.of("--missing", "--found", "--in", "--out", "--threshold",
            "--threads", "--top");
    private static final Set<String> FLAGS = Set.of("--all-matches");

    /** Parses arguments; throws {@link IllegalArgumentException} with a message for the user. */
    static CliOptions parse(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("no command given");
        }
        String command = args[0];
        if (!command.equals("link") && !command.equals("dedupe")) {
            throw new IllegalArgumentException("unknown command '" + command + "'");
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (FLAGS.contains(a)) {
                values.put(a, "true");
            } else if (VALUED.contains(a)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + a + " needs a value");
                }
                values.put(a, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option '" + a + "'");
            }
        }
        Path out = path(values, "--out", true);
        Double threshold = null;
        if (values.containsKey("--threshold")) {
            threshold = Double.parseDouble(values.get("--threshold"));
            if (!(threshold >= 0 && threshold <= 1)) {
                throw new IllegalArgumentException("--threshold must be a probability in [0,1]");
            }
        }
        int threads = values.containsKey("--threads") ? Integer.parseInt(values.get("--threads"))
                : Runtime.getRuntime().availableProcessors();
        int top = values.containsKey("--top") ? Integer.parseInt(values.get("--top")) : 10;
        if (threads < 1 || top < 1) {
            throw new IllegalArgumentException("--threads and --top must be positive");
        }
        boolean link = command.equals("link");
        return new CliOptions(command, link ? path(values, "--missing", true) : null,
                link ? path(values, "--found", true) : null, link ? null : path(values, "--in", true), out,
                threshold, threads, top, !values.containsKey("--all-matches"));
    }

    private static Path path(Map<String, String> values, String name, boolean required) {
        String v = values.get(name);
        if (v == null) {
            if (required) {
                throw new IllegalArgumentException("missing option " + name);
            }
            return null;
        }
        return Path.of(v);
    }
}

package org.lantern.network.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lantern.network.api.CommunityDetector;
import org.lantern.network.community.Communities;
import org.lantern.network.community.Leiden;

/**
 * Command line of the network engine.
 *
 * <pre>
 * analyze  --calls calls.csv --out report.json [--suspects N1,N2,...]
 *          [--quality relative-cpm|cpm|modularity] [--resolution gamma] [--seed s]
 * generate --out-dir dir [--numbers n] [--calls c] [--rings r] [--seed s]
 * communities --edges edges.txt [--labels labels.txt] [--resolution gamma]
 * </pre>
 * Exit status 0 on success, 2 on usage errors, 1 on failures.
 */
public final class NetworkCli {

  private NetworkCli() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs a command; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println(usage());
      return 2;
    }
    Map<String, String> options;
    try {
      options = parseOptions(Arrays.copyOfRange(args, 1, args.length));
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(usage());
      return 2;
    }
    try {
      switch (args[0]) {
        case "analyze" -> new AnalyzeCommand(
            Path.of(required(options, "calls")), Path.of(required(options, "out")),
            suspects(options.get("suspects")), detector(options), err).run();
        case "generate" -> new GenerateCommand(options, err).run();
        case "communities" -> new CommunitiesCommand(options, out).run();
        default -> {
          err.println("unknown command: " + args[0]);
          err.println(usage());
          return 2;
        }
      }
      return 0;
    } catch (UsageException e) {
      err.println(e.getMessage());
      err.println(usage());
      return 2;
    } catch (Exception e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }

  static CommunityDetector detector(Map<String, String> options) {
    String quality = options.get("quality");
    String resolution = options.get("resolution");
    if (quality == null && resolution == null && !options.containsKey("seed")) {
      return Communities.defaultDetector();
    }
    Leiden leiden;
    double gamma;
    try {
      gamma = resolution == null ? Double.NaN : Double.parseDouble(resolution);
    } catch (NumberFormatException e) {
      throw new UsageException("--resolution must be a number: " + resolution);
    }
    if (quality == null || quality.equals("modularity")) {
      leiden = Double.isNaN(gamma) ? Communities.defaultModularity() : Leiden.modularity(gamma);
    } else if (quality.equals("cpm")) {
      leiden = Leiden.cpm(Double.isNaN(gamma) ? 0.5 : gamma);
    } else if (quality.equals("relative-cpm")) {
      long seed = options.containsKey("seed") ? Long.parseLong(options.get("seed")) : 42;
      return Communities.relativeCpm(
          Double.isNaN(gamma) ? Communities.DEFAULT_RELATIVE_DENSITY : gamma, seed,
          Integer.parseInt(options.getOrDefault("iterations", "2")));
    } else {
      throw new UsageException("--quality must be relative-cpm, cpm or modularity: " + quality);
    }
    if (options.containsKey("seed")) {
      leiden = leiden.withSeed(Long.parseLong(options.get("seed")));
    }
    return leiden;
  }

  static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isEmpty()) {
      throw new UsageException("missing --" + name);
    }
    return value;
  }

  private static List<String> suspects(String list) {
    if (list == null || list.isBlank()) {
      return List.of();
    }
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }

  private static Map<String, String> parseOptions(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument: " + arg);
      }
      String name = arg.substring(2);
      int eq = name.indexOf('=');
      if (eq >= 0) {
        options.put(name.substring(0, eq), name.substring(eq + 1));
      } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
        options.put(name, args[++i]);
      } else {
        throw new IllegalArgumentException("option --" + name + " needs a value");
      }
    }
    return options;
  }

  static String usage() {
    return """
        usage: NetworkCli analyze --calls calls.csv --out report.json [--suspects N1,N2,...]
                                  [--quality relative-cpm|cpm|modularity] [--resolution gamma] [--seed s]
               NetworkCli generate --out-dir dir [--numbers n] [--calls c] [--rings r] [--seed s]
               NetworkCli communities --edges edges.txt [--labels labels.txt] [--resolution gamma]""";
  }

  /** A usage mistake: exit status 2. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }
}

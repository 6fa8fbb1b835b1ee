package org.lantern.network.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.lantern.network.synth.CityGenerator;

/** {@code generate}: writes a synthetic city's calls.csv and truth.json. */
final class GenerateCommand {

  private final Map<String, String> options;
  private final PrintStream err;

  GenerateCommand(Map<String, String> options, PrintStream err) {
    this.options = options;
    this.err = err;
  }

  void run() throws IOException {
    Path dir = Path.of(NetworkCli.required(options, "out-dir"));
    int people = Integer.parseInt(options.getOrDefault("numbers", "20000"));
    long calls = Long.parseLong(options.getOrDefault("calls", Long.toString(people * 10L)));
    int rings = Integer.parseInt(options.getOrDefault("rings", Integer.toString(Math.max(5, people / 2000))));
    long seed = Long.parseLong(options.getOrDefault("seed", "2024"));
    long started = System.nanoTime();
    CityGenerator generator = new CityGenerator(new CityGenerator.Settings(people, calls, rings, seed));
    generator.writeTo(dir);
    err.printf("generated %d calls among about %d numbers with %d rings in %.1fs into %s%n",
        generator.callCount(), people, rings, (System.nanoTime() - started) / 1e9, dir);
  }
}

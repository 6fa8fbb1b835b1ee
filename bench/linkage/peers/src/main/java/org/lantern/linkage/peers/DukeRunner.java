package org.lantern.linkage.peers;

import no.priv.garshol.duke.ConfigLoader;
import no.priv.garshol.duke.Configuration;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs Duke with an XML configuration (written by peers.sh) and writes matched id pairs.
 * Usage: {@code DukeRunner dedupe|link config.xml pairs.csv}.
 */
public final class DukeRunner {

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Configuration config = ConfigLoader.load(args[1]);
        Processor processor = new Processor(config, true);
        processor.setThreads(Runtime.getRuntime().availableProcessors());
        AtomicLong pairs = new AtomicLong();
        try (PrintWriter w = new PrintWriter(args[2], StandardCharsets.UTF_8)) {
            w.println("id1,id2");
            processor.addMatchListener(new AbstractMatchListener() {
                @Override
                public synchronized void matches(Record r1, Record r2, double confidence) {
                    w.println(r1.getValue("ID") + "," + r2.getValue("ID"));
                    pairs.incrementAndGet();
                }
            });
            if (args[0].equals("link")) {
                processor.link();
            } else {
                processor.deduplicate();
            }
            processor.close();
        }
        System.err.printf("duke: %d pairs in %.1f s%n", pairs.get(), (System.nanoTime() - start) / 1e9);
    }
}

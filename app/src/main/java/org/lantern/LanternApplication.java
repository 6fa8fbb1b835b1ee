package org.lantern;

import org.lantern.platform.LanternCommands;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Lantern: one operations platform for prevention, tracing and rescue, aftercare and justice.
 *
 * <p>Each top-level package below {@code org.lantern} is one application module owning its tables,
 * services, web controllers and templates; {@code ModularityTests} keeps the boundaries.
 */
@SpringBootApplication
@EnableAsync
@EnableScheduling
public class LanternApplication {

    public static void main(String[] args) {
        int exitCode = LanternCommands.run(args);
        if (exitCode != LanternCommands.KEEP_RUNNING) {
            System.exit(exitCode);
        }
    }
}

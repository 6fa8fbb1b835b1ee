package org.lantern.platform;

import java.util.Arrays;
import java.util.Map;

import org.lantern.LanternApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Dispatches the server's sub-commands: {@code serve} starts the web application; the others start
 * the application without a web server, run one {@link MaintenanceCommand} and exit with its code.
 */
public final class LanternCommands {

    /** Returned by {@code serve}: the web server's threads keep the process alive. */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    private LanternCommands() {
    }

    public static int run(String[] args) {
        String command = args.length == 0 || args[0].startsWith("--") ? "serve" : args[0];
        String[] rest = args.length == 0 || args[0].startsWith("--") ? args : Arrays.copyOfRange(args, 1, args.length);
        if (command.equals("serve")) {
            SpringApplication application = new SpringApplication(LanternApplication.class);
            application.run(rest);
            return KEEP_RUNNING;
        }
        String name = rest.length > 0 && !rest[0].startsWith("--") ? command + " " + rest[0] : command;
        SpringApplication application = new SpringApplication(LanternApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of(
                "lantern.database.attach-to-running", "true",
                "spring.main.banner-mode", "off",
                "logging.level.root", "warn"));
        try (ConfigurableApplicationContext context = application.run(rest)) {
            MaintenanceCommand maintenance = context.getBeansOfType(MaintenanceCommand.class).values().stream()
                    .filter(candidate -> candidate.name().equals(name))
                    .findFirst()
                    .orElse(null);
            if (maintenance == null) {
                System.err.println("Unknown command: " + name);
                context.getBeansOfType(MaintenanceCommand.class).values()
                        .forEach(known -> System.err.println("  " + known.name() + "  " + known.summary()));
                return 2;
            }
            return maintenance.execute(rest.length > 0 ? Arrays.copyOfRange(rest, 1, rest.length) : rest);
        }
    }
}

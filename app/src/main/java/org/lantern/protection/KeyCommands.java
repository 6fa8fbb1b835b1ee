package org.lantern.protection;

import org.lantern.platform.MaintenanceCommand;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code ./lantern keys rotate} and {@code ./lantern keys reencrypt}. */
@Configuration(proxyBeanMethods = false)
class KeyCommands {

    @Bean
    MaintenanceCommand rotateKeysCommand(KeyRotation rotation, org.lantern.audit.AuditLog audit) {
        return new MaintenanceCommand() {
            public String name() {
                return "keys rotate";
            }

            public String summary() {
                return "make a new encryption key primary (old data stays readable)";
            }

            public int execute(String[] args) {
                int key = rotation.rotate();
                audit.record(org.lantern.audit.AuditAction.ADMINISTER, "keyset", key, "ok", "rotated from the command line");
                System.out.println("New primary field key: " + key);
                return 0;
            }
        };
    }

    @Bean
    MaintenanceCommand reencryptCommand(KeyRotation rotation, org.lantern.audit.AuditLog audit) {
        return new MaintenanceCommand() {
            public String name() {
                return "keys reencrypt";
            }

            public String summary() {
                return "re-encrypt every protected column with the primary key";
            }

            public int execute(String[] args) {
                long values = rotation.reencryptAll();
                audit.record(org.lantern.audit.AuditAction.ADMINISTER, "keyset", null, "ok",
                        "re-encrypted " + values + " values from the command line");
                System.out.println("Re-encrypted " + values + " values.");
                return 0;
            }
        };
    }
}

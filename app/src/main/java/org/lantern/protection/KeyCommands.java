package org.lantern.protection;

import org.lantern.platform.MaintenanceCommand;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code ./lantern keys rotate} and {@code ./lantern keys reencrypt}. */
@Configuration(proxyBeanMethods = false)
class KeyCommands {

    @Bean
    MaintenanceCommand rotateKeysCommand(KeyRotation rotation) {
        return new MaintenanceCommand() {
            public String name() {
                return "keys rotate";
            }

            public String summary() {
                return "make a new encryption key primary (old data stays readable)";
            }

            public int execute(String[] args) {
                System.out.println("New primary field key: " + rotation.rotate());
                return 0;
            }
        };
    }

    @Bean
    MaintenanceCommand reencryptCommand(KeyRotation rotation) {
        return new MaintenanceCommand() {
            public String name() {
                return "keys reencrypt";
            }

            public String summary() {
                return "re-encrypt every protected column with the primary key";
            }

            public int execute(String[] args) {
                System.out.println("Re-encrypted " + rotation.reencryptAll() + " values.");
                return 0;
            }
        };
    }
}

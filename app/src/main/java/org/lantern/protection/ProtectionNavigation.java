package org.lantern.protection;

import org.lantern.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProtectionNavigation {

    @Bean
    NavigationEntry keysEntry() {
        return new NavigationEntry("nav.keys", "/admin/keys", "PERM_KEYS_MANAGE", 920, "nav.keys.description");
    }
}

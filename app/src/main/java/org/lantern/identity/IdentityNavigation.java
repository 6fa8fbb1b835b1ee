package org.lantern.identity;

import org.lantern.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavigationEntry usersEntry() {
        return new NavigationEntry("nav.users", "/admin/users", Permission.USERS_MANAGE.authority(), 900, "nav.users.description");
    }
}

package org.lantern.aftercare;

import org.lantern.identity.Permission;
import org.lantern.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AftercareNavigation {

    @Bean
    NavigationEntry followUpsEntry() {
        return new NavigationEntry("nav.aftercare.followUps", "/aftercare/follow-ups", Permission.CASES_VIEW.authority(), 300,
                "nav.aftercare.followUps.description");
    }

    @Bean
    NavigationEntry sheltersEntry() {
        return new NavigationEntry("nav.aftercare.shelters", "/aftercare/shelters", Permission.CASES_EDIT.authority(), 310,
                "nav.aftercare.shelters.description");
    }

    @Bean
    org.lantern.platform.CaseLink careLink() {
        return new org.lantern.platform.CaseLink("aftercare.care.title", "/cases/{id}/care", Permission.CASES_VIEW.authority(), 10);
    }
}

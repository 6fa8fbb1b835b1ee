package org.lantern.investigation;

import org.lantern.identity.Permission;
import org.lantern.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InvestigationNavigation {

    @Bean
    NavigationEntry investigationsEntry() {
        return new NavigationEntry("investigation.nav", "/investigations", Permission.NETWORK_VIEW.authority(), 300,
                "investigation.nav.description");
    }

    @Bean
    org.lantern.platform.CaseLink networkLink() {
        return new org.lantern.platform.CaseLink("investigation.caseLink", "/investigations/cases/{id}",
                Permission.NETWORK_VIEW.authority(), 30);
    }
}

package org.lantern.cases;

import org.lantern.identity.Permission;
import org.lantern.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CasesNavigation {

    @Bean
    NavigationEntry casesEntry() {
        return new NavigationEntry("cases.nav", "/cases", Permission.CASES_VIEW.authority(), 100, "cases.nav.description");
    }

    @Bean
    NavigationEntry approvalsEntry() {
        return new NavigationEntry("cases.nav.approvals", "/cases/approvals", Permission.CASES_APPROVE.authority(), 110,
                "cases.nav.approvals.description");
    }
}

package org.lantern.audit;

import org.lantern.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationEntry auditTrailEntry() {
        return new NavigationEntry("nav.audit", "/admin/audit", "PERM_AUDIT_VIEW", 910, "nav.audit.description");
    }
}

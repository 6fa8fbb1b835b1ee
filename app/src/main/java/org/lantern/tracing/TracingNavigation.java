package org.lantern.tracing;

import org.lantern.identity.Permission;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TracingNavigation {

    @Bean
    NavigationEntry tracingQueueEntry() {
        return new NavigationEntry("tracing.nav.queue", "/tracing/queue", Permission.TRACING_REVIEW.authority(), 200,
                "tracing.nav.queue.description");
    }

    @Bean
    NavigationEntry tracingReportsEntry() {
        return new NavigationEntry("tracing.nav.reports", "/tracing/missing", Permission.TRACING_REPORT.authority(), 210,
                "tracing.nav.reports.description");
    }

    @Bean
    NavigationEntry tracingFoundEntry() {
        return new NavigationEntry("tracing.nav.found", "/tracing/found", Permission.TRACING_REPORT.authority(), 220,
                "tracing.nav.found.description");
    }

    @Bean
    NavigationEntry tracingNotificationsEntry() {
        return new NavigationEntry("tracing.nav.notifications", "/tracing/notifications", SignedInUser.SIGNED_IN, 900,
                "tracing.nav.notifications.description");
    }
}

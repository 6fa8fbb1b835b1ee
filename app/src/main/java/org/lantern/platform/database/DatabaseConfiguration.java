package org.lantern.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.lantern.platform.DataDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Chooses the database: the external PostgreSQL named by {@code LANTERN_DB_URL} (with
 * {@code LANTERN_DB_USER}/{@code LANTERN_DB_PASSWORD}) when set, otherwise the embedded one.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(DataDirectory dataDirectory,
            @Value("${lantern.database.url:${LANTERN_DB_URL:}}") String externalUrl,
            @Value("${lantern.database.attach-to-running:false}") boolean attachToRunning) {
        if (StringUtils.hasText(externalUrl)) {
            return null;
        }
        return EmbeddedPostgresServer.start(dataDirectory.root(), attachToRunning);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(org.springframework.beans.factory.ObjectProvider<EmbeddedPostgresServer> embedded,
            @Value("${lantern.database.url:${LANTERN_DB_URL:}}") String externalUrl,
            @Value("${lantern.database.user:${LANTERN_DB_USER:}}") String externalUser,
            @Value("${lantern.database.password:${LANTERN_DB_PASSWORD:}}") String externalPassword,
            @Value("${lantern.database.pool-size:40}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("lantern");
        config.setMaximumPoolSize(poolSize);
        // PostgreSQL's error detail can quote row values ("Key (x)=(...) already exists"); such values are
        // personal data and must not reach exception messages or logs.
        config.addDataSourceProperty("logServerErrorDetail", "false");
        // Batched inserts go as multi-row INSERTs: one round trip and one run of statement-level triggers per
        // hundred rows instead of per row (imports, demo data).
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        if (StringUtils.hasText(externalUrl)) {
            config.setJdbcUrl(externalUrl);
            config.setUsername(externalUser);
            config.setPassword(externalPassword);
        } else {
            EmbeddedPostgresServer.ConnectionInfo connection = embedded.getObject().connection();
            config.setJdbcUrl(connection.jdbcUrl());
            config.setUsername(connection.user());
            config.setPassword(connection.password());
        }
        return new HikariDataSource(config);
    }
}

package org.lantern.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * An integration test against the real application on a real embedded PostgreSQL. All such tests share
 * one application context (and so one database) per JVM, created in a fresh temporary data directory.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lantern.data-dir=${java.io.tmpdir}/lantern-test-${random.uuid}", "server.address=127.0.0.1"})
@ActiveProfiles("test")
public @interface LanternTest {
}

package org.lantern.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lantern.identity.UserAccounts;
import org.lantern.protection.FieldProtector;
import org.lantern.support.LanternTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@LanternTest
class AftercareDemoTest {

    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired FieldProtector fields;
    @Autowired TransactionTemplate transactions;

    @Test
    void demoSheltersAreValidRows() {
        AftercareDemo demo = new AftercareDemo(jdbc, accounts, fields);
        transactions.executeWithoutResult(status -> {
            long before = jdbc.sql("SELECT count(*) FROM shelter").query(Long.class).single();
            demo.seedShelters();
            demo.seedCarePlans(); // without the cases module's table this does nothing
            assertThat(jdbc.sql("SELECT count(*) FROM shelter").query(Long.class).single()).isEqualTo(before + 12);
            assertThat(jdbc.sql("SELECT count(DISTINCT district) FROM shelter WHERE district IN ('Kolkata','Howrah','Mumbai','New Delhi','Dhaka','Jessore')")
                    .query(Long.class).single()).isEqualTo(6);
            status.setRollbackOnly();
        });
    }
}

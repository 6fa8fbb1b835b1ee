package org.lantern.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.platform.MaintenanceCommand;
import org.lantern.support.LanternTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@LanternTest
class AuditTrailTest {

    @Autowired AuditLog audit;
    @Autowired AuditVerification verification;
    @Autowired JdbcClient jdbc;
    @Autowired java.util.List<MaintenanceCommand> commands;

    @AfterEach
    void restoreTriggers() {
        jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER USER").update();
    }

    @Test
    void rowsCannotBeChangedThroughOrdinarySql() {
        audit.record(AuditAction.READ, "person", UUID.randomUUID());
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET outcome = 'x'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void verifyFindsTheFirstTamperedEntry() {
        for (int i = 0; i < 5; i++) {
            audit.record(AuditAction.READ, "person", UUID.randomUUID());
        }
        assertThat(verification.verify().intact()).isTrue();
        assertThat(command().execute(new String[0])).isZero();

        long victim = jdbc.sql("SELECT max(sequence) - 2 FROM audit_event").query(Long.class).single();
        jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER USER").update();
        jdbc.sql("UPDATE audit_event SET actor = 'someone-else' WHERE sequence = :s").param("s", victim).update();

        AuditVerification.Result result = verification.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).contains(victim);
        assertThat(result.problem()).contains("altered");
        assertThat(command().execute(new String[0])).isEqualTo(1);

        // Put it back as it was, then delete a row instead: the gap is found.
        jdbc.sql("DELETE FROM audit_event WHERE sequence >= :s").param("s", victim).update();
        audit.record(AuditAction.READ, "person", UUID.randomUUID());
        assertThat(verification.verify().intact()).isTrue();
        long middle = jdbc.sql("SELECT max(sequence) - 1 FROM audit_event").query(Long.class).single();
        audit.record(AuditAction.READ, "person", UUID.randomUUID());
        jdbc.sql("DELETE FROM audit_event WHERE sequence = :s").param("s", middle).update();
        assertThat(verification.verify().firstBrokenSequence()).contains(middle);
        jdbc.sql("DELETE FROM audit_event WHERE sequence > :s").param("s", middle - 1).update();
    }

    @Test
    void entriesCarryIdentifiersNotValues() {
        UUID person = UUID.randomUUID();
        audit.record(AuditAction.UPDATE, "person", person, "ok", "fields=[name, date_of_birth]");
        String detail = jdbc.sql("SELECT detail FROM audit_event WHERE subject_id = :id").param("id", person.toString())
                .query(String.class).single();
        assertThat(detail).isEqualTo("fields=[name, date_of_birth]");
    }

    private MaintenanceCommand command() {
        return commands.stream().filter(c -> c.name().equals("audit verify")).findFirst().orElseThrow();
    }
}

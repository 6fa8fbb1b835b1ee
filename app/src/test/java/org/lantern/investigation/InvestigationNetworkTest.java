package org.lantern.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.support.LanternTest;
import org.lantern.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.w3c.dom.Document;

@LanternTest
class InvestigationNetworkTest {

    @Autowired InvestigationFixture fixture;
    @Autowired CdrImports imports;
    @Autowired CaseNetworks networks;
    @Autowired NetworkExports exports;
    @Autowired NetworkEntities entities;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void importStoresGoodRowsAndReportsBadRowsByLine() {
        var team = fixture.newCase(null);
        TestUsers.signIn(team.investigator());
        String csv = """
                A Party,B Party,Call Date,Duration (s),First Cell ID,IMEI
                +91 90000 00001,+91 90000 00002,01/03/2024 10:00:00,60,404-45-1001,356938035643809
                +91 90000 00001,,01/03/2024 10:05:00,30,404-45-1001,356938035643809
                +91 90000 00002,+91 90000 00003,2024-03-01 11:00:00,00:02:05,404-45-1002,
                not a number,+91 90000 00003,2024-03-01 11:10:00,5,,
                +91 90000 00003,+91 90000 00001,31/02/2024 09:00:00,5,,
                +91 90000 00003,+91 90000 00001,2024-03-02 09:00:00,five,,
                +91 90000 00004,+91 90000 00001,2024-03-02 09:30:00,12,,12345
                +91 90000 00004,+91 90000 00002,2024-03-02 10:30:00,1:30,,
                """;
        CdrImports.Status status = fixture.importCsv(team.caseId(), "operator.csv", csv.getBytes(StandardCharsets.UTF_8),
                "Asia/Kolkata");

        assertThat(status.state()).isEqualTo("DONE");
        assertThat(status.rowsRead()).isEqualTo(8);
        assertThat(status.rowsStored()).isEqualTo(3);
        assertThat(status.rowsRejected()).isEqualTo(5);
        assertThat(imports.problems(team.caseId(), status.id(), 100, 0)).containsExactly(
                new CdrImports.Problem(3, "callee", "missing"),
                new CdrImports.Problem(5, "caller", "badNumber"),
                new CdrImports.Problem(6, "start", "badTime"),
                new CdrImports.Problem(7, "duration", "badDuration"),
                new CdrImports.Problem(8, "imei", "badImei"));
        assertThat(jdbc.sql("SELECT line FROM call_record WHERE import_id = :i ORDER BY line").param("i", status.id())
                .query(Long.class).list()).containsExactly(2L, 4L, 9L);
        assertThat(jdbc.sql("SELECT duration_s FROM call_record WHERE import_id = :i ORDER BY line").param("i", status.id())
                .query(Integer.class).list()).containsExactly(60, 125, 90);
        // numbers are stored encrypted, found by their keyed hash
        assertThat(jdbc.sql("SELECT count(*) FROM network_entity WHERE case_id = :c AND kind = 'PHONE_NUMBER'")
                .param("c", team.caseId()).query(Long.class).single()).isEqualTo(4);
        assertThat(new String(jdbc.sql("SELECT display_value FROM network_entity WHERE case_id = :c LIMIT 1")
                .param("c", team.caseId()).query(byte[].class).single(), StandardCharsets.ISO_8859_1)).doesNotContain("90000");
        assertThat(entities.lookup(team.caseId(), EntityKind.PHONE_NUMBER, "+919000000001")).isPresent();
    }

    @Test
    void localTimesAreReadInTheChosenTimeZone() {
        var team = fixture.newCase(null);
        TestUsers.signIn(team.investigator());
        String csv = "caller;callee;start;duration\n9000000011;9000000012;2024-03-01 10:00:00;10\n"
                + "9000000011;9000000013;2024-03-01T10:00:00+00:00;10\n";
        var kolkata = fixture.importCsv(team.caseId(), "kolkata.csv", csv.getBytes(StandardCharsets.UTF_8), "Asia/Kolkata");
        var dhaka = fixture.importCsv(team.caseId(), "dhaka.csv", csv.getBytes(StandardCharsets.UTF_8), "Asia/Dhaka");

        assertThat(starts(kolkata.id())).containsExactly(Instant.parse("2024-03-01T04:30:00Z"), Instant.parse("2024-03-01T10:00:00Z"));
        assertThat(starts(dhaka.id())).containsExactly(Instant.parse("2024-03-01T04:00:00Z"), Instant.parse("2024-03-01T10:00:00Z"));
        assertThat(kolkata.timeZone()).isEqualTo("Asia/Kolkata");
    }

    @Test
    void xlsxIsReadWithFullNumbersAndDates() throws Exception {
        var team = fixture.newCase(null);
        TestUsers.signIn(team.investigator());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("CDR");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy hh:mm:ss"));
            Row header = sheet.createRow(0);
            String[] names = {"Calling Number", "Called Number", "Date Time", "Duration"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(919000000021d);
            row.createCell(1).setCellValue("+91 90000 00022");
            row.createCell(2).setCellValue(LocalDateTime.of(2024, 5, 6, 7, 8, 9));
            row.getCell(2).setCellStyle(dateStyle);
            row.createCell(3).setCellValue(42);
            Row bad = sheet.createRow(2);
            bad.createCell(0).setCellValue(919000000021d);
            bad.createCell(1).setCellValue("+91 90000 00022");
            bad.createCell(2).setCellValue("yesterday");
            bad.createCell(3).setCellValue(1);
            workbook.write(file);
        }
        var upload = imports.upload(team.caseId(), "cdr.xlsx", new ByteArrayInputStream(file.toByteArray()));
        assertThat(upload.guessed()).containsEntry("caller", 0).containsEntry("callee", 1).containsEntry("start", 2)
                .containsEntry("duration", 3);
        imports.start(team.caseId(), upload.id(), CdrColumns.of(upload.guessed()), "Asia/Dhaka");
        var status = fixture.await(team.caseId(), upload.id());

        assertThat(status.rowsStored()).isEqualTo(1);
        assertThat(imports.problems(team.caseId(), status.id(), 10, 0)).containsExactly(new CdrImports.Problem(3, "start", "badTime"));
        assertThat(starts(status.id())).containsExactly(Instant.parse("2024-05-06T01:08:09Z"));
        assertThat(entities.lookup(team.caseId(), EntityKind.PHONE_NUMBER, "919000000021")).isPresent();
    }

    @Test
    void commonContactsOfTwoSuspects() {
        var team = fixture.newCase(null);
        TestUsers.signIn(team.investigator());
        String a = "+919100000001";
        String b = "+919100000002";
        String csv = "caller,callee,start,duration\n"
                + row(a, "+919100000010") + row("+919100000010", b) // 10 talks to both
                + row(a, "+919100000011") + row(b, "+919100000011") // 11 too
                + row(a, "+919100000012")                           // 12 only to a
                + row(b, "+919100000013") + row(a, b);              // 13 only to b; a and b talk directly
        fixture.importCsv(team.caseId(), "ring.csv", csv.getBytes(StandardCharsets.UTF_8), "Asia/Kolkata");

        var result = networks.commonContacts(team.caseId(), CaseNetworks.Window.ALL, List.of(a, b, "+919199999999"));

        assertThat(result.contacts()).extracting(CaseNetworks.CommonContact::label)
                .containsExactlyInAnyOrder("+919100000010", "+919100000011");
        assertThat(result.contacts().getFirst().suspects()).containsExactlyInAnyOrder(a, b);
        assertThat(result.unknown()).containsExactly("+919199999999");
        var path = networks.path(team.caseId(), CaseNetworks.Window.ALL, "+919100000012", "+919100000013");
        assertThat(path.nodes()).extracting(CaseNetworks.Node::label).containsExactly("+919100000012", a, b, "+919100000013");
        var graph = networks.graph(team.caseId(), CaseNetworks.Window.ALL, java.util.Set.of(), 400);
        assertThat(graph.nodes()).hasSize(6);
        assertThat(graph.nodes()).allSatisfy(n -> assertThat(n.community()).isGreaterThanOrEqualTo(0));
        assertThat(graph.nodes().getFirst().label()).isIn(a, b); // the suspects are the most central
    }

    @Test
    void graphmlExportIsWellFormedAndAudited() throws Exception {
        var team = fixture.newCase(null);
        TestUsers.signIn(team.investigator());
        String csv = "caller,callee,start,duration,imei\n" + row("+919200000001", "+919200000002").strip() + ",356938035643809\n"
                + row("+919200000003", "+919200000002").strip() + ",356938035643809\n";
        fixture.importCsv(team.caseId(), "x.csv", csv.getBytes(StandardCharsets.UTF_8), "UTC");
        UUID person = entities.add(team.caseId(), new NetworkEntities.EntityDraft(EntityKind.PERSON, "Controller <&> \"X\"",
                null, EvidenceSource.ANALYST, null, new java.math.BigDecimal("0.7")));
        UUID phone = entities.lookup(team.caseId(), EntityKind.PHONE_NUMBER, "+919200000001").orElseThrow();
        entities.link(team.caseId(), new NetworkEntities.LinkDraft(person, phone, LinkKind.OWNS, EvidenceSource.DOCUMENT,
                "FIR 12/2024", null, null));

        for (NetworkExports.Format format : NetworkExports.Format.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exports.export(team.caseId(), CaseNetworks.Window.ALL, format).writeTo(out);
            if (format == NetworkExports.Format.GRAPHML || format == NetworkExports.Format.GEXF) {
                var factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
                assertThat(document.getElementsByTagName("node").getLength()).isEqualTo(5);
                assertThat(document.getElementsByTagName("edge").getLength()).isEqualTo(5); // 2 call pairs, 2 handset uses, 1 link
            } else {
                assertThat(out.toString(StandardCharsets.UTF_8).lines().count()).isGreaterThan(5);
            }
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND subject_id = :c")
                .param("c", team.caseId().toString()).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void unassignedInvestigatorsAndCaseworkersAreRefused() {
        var team = fixture.newCase(null);
        TestUsers.signIn(team.investigator());
        fixture.importCsv(team.caseId(), "x.csv", ("caller,callee,start,duration\n" + row("+919300000001", "+919300000002"))
                .getBytes(StandardCharsets.UTF_8), "UTC");

        SignedInUser stranger = users.create(Role.INVESTIGATOR);
        TestUsers.signIn(stranger);
        assertThatThrownBy(() -> networks.graph(team.caseId(), CaseNetworks.Window.ALL, java.util.Set.of(), 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.export(team.caseId(), CaseNetworks.Window.ALL, NetworkExports.Format.GRAPHML))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.upload(team.caseId(), "y.csv", new ByteArrayInputStream(new byte[] {1})))
                .isInstanceOf(AccessDeniedException.class);

        TestUsers.signIn(team.caseworker()); // leads the case, but holds no NETWORK_VIEW
        assertThatThrownBy(() -> networks.graph(team.caseId(), CaseNetworks.Window.ALL, java.util.Set.of(), 10))
                .isInstanceOf(AccessDeniedException.class);

        SignedInUser lawyer = users.create(Role.LAWYER); // may view an assigned case's network, never import
        TestUsers.signIn(team.caseworker());
        team(team.caseId(), lawyer);
        TestUsers.signIn(lawyer);
        assertThat(networks.graph(team.caseId(), CaseNetworks.Window.ALL, java.util.Set.of(), 10).nodes()).hasSize(2);
        assertThatThrownBy(() -> imports.upload(team.caseId(), "y.csv", new ByteArrayInputStream(new byte[] {1})))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ACCESS_DENIED' AND actor_id = :u")
                .param("u", stranger.id()).query(Long.class).single()).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ACCESS_DENIED' AND actor_id = :u")
                .param("u", team.caseworker().id()).query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Autowired org.lantern.cases.CaseTeam caseTeam;

    private void team(UUID caseId, SignedInUser member) {
        caseTeam.assign(caseId, member.id(), org.lantern.cases.TeamRole.LAWYER);
    }

    private List<Instant> starts(UUID importId) {
        return jdbc.sql("SELECT started_at FROM call_record WHERE import_id = :i ORDER BY line").param("i", importId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
    }

    private static String row(String caller, String callee) {
        return caller + "," + callee + ",2024-03-01 10:00:00,30\n";
    }
}

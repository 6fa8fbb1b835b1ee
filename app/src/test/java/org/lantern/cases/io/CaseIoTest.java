package org.lantern.cases.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.cases.CaseFixtures;
import org.lantern.cases.CaseSearch;
import org.lantern.cases.ConsentMethod;
import org.lantern.cases.ConsentPurpose;
import org.lantern.cases.Consents;
import org.lantern.cases.SurvivorCases;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.DataDirectory;
import org.lantern.platform.web.NotFoundException;
import org.lantern.support.LanternTest;
import org.lantern.support.TestUsers;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@LanternTest
class CaseIoTest {

    @Autowired CaseFixtures fixtures;
    @Autowired CaseExports exports;
    @Autowired CaseSummaryPdf summaries;
    @Autowired CaseImports imports;
    @Autowired SurvivorCases cases;
    @Autowired Consents consents;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper mapper;
    @Autowired DataDirectory dataDirectory;

    static final CaseSearch.Query ALL = new CaseSearch.Query(null, null, null, null, false, 0, 1);

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void exportHoldsOnlyTheCasesTheUserMaySee() {
        String office = "Export-" + UUID.randomUUID();
        SignedInUser worker = fixtures.caseworker(office);
        SignedInUser colleague = fixtures.caseworker(office);
        String mine = reference(fixtures.caseBy(worker, "Shirin Akter"), worker);
        String theirs = reference(fixtures.caseBy(colleague, "Parveen Begum"), colleague);

        TestUsers.signIn(worker);
        String csv = export(ExportFormat.CSV, false);
        assertThat(csv).contains(mine, "Shirin Akter", "South 24 Parganas").doesNotContain(theirs, "Parveen");
        assertThat(csv.lines().count()).isEqualTo(2);

        JsonNode json = mapper.readTree(export(ExportFormat.HTCDS, false));
        assertThat(json.get("standard").asString()).isEqualTo("HTCDS 2.0");
        assertThat(json.get("cases")).hasSize(1);
        JsonNode only = json.get("cases").get(0);
        assertThat(only.get("caseId").asString()).isEqualTo(mine);
        assertThat(only.get("victim").get("gender").asString()).isEqualTo("FEMALE");
        assertThat(only.get("exploitationType").get(0).asString()).isEqualTo("SEXUAL");
        assertThat(only.get("identificationMethod").asString()).isEqualTo("RESCUE_OPERATION");

        // the manager of the office sees both
        TestUsers.signIn(fixtures.user(office, Role.PROGRAMME_MANAGER));
        assertThat(export(ExportFormat.CSV, false)).contains(mine, theirs);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND detail LIKE :d")
                .param("d", "%count=2%" ).query(Long.class).single()).isPositive();
    }

    @Test
    void researchExportKeepsOnlyConsentedPeopleWithoutNames() {
        String office = "Research-" + UUID.randomUUID();
        SignedInUser worker = fixtures.caseworker(office);
        UUID consented = fixtures.caseBy(worker, "Nasrin Khatun");
        UUID refused = fixtures.caseBy(worker, "Rokeya Bibi");
        TestUsers.signIn(worker);
        consents.record(cases.personOf(consented), ConsentPurpose.RESEARCH, LocalDate.now(), ConsentMethod.WRITTEN);
        UUID withdrawn = fixtures.caseBy(worker, "Salma Das");
        TestUsers.signIn(worker);
        UUID personWithdrawn = cases.personOf(withdrawn);
        UUID consentId = consents.record(personWithdrawn, ConsentPurpose.RESEARCH, LocalDate.now(), ConsentMethod.VERBAL);
        consents.withdraw(personWithdrawn, consentId, LocalDate.now());

        String research = export(ExportFormat.HTCDS, true);
        JsonNode json = mapper.readTree(research);
        assertThat(json.get("purpose").asString()).isEqualTo("research");
        assertThat(json.get("cases")).hasSize(1);
        assertThat(research).doesNotContain("Nasrin", "Rokeya", "Salma", "Gopalpur", "+91", "scar",
                reference(consented, worker), reference(refused, worker), cases.personOf(consented).toString());
        assertThat(json.get("cases").get(0).get("victim").get("yearOfBirth").asInt()).isEqualTo(LocalDate.now().getYear() - 17);

        String csv = export(ExportFormat.CSV, true);
        assertThat(csv.lines().count()).isEqualTo(2);
        assertThat(csv).doesNotContain("Nasrin", "Gopalpur").contains("yearOfBirth").doesNotContain("dateOfBirth");
    }

    @Test
    void xlsxExportIsReadable() throws Exception {
        SignedInUser worker = fixtures.caseworker("Xlsx-" + UUID.randomUUID());
        String reference = reference(fixtures.caseBy(worker, "পূজা মণ্ডল"), worker);
        TestUsers.signIn(worker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(exports.export(ExportFormat.XLSX, ALL, false, out)).isEqualTo(1);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("reference");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(reference);
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("পূজা মণ্ডল");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void summaryPdfPrintsRedactedPartsAsRedacted() throws Exception {
        SignedInUser worker = fixtures.caseworker("Pdf-" + UUID.randomUUID());
        UUID caseId = fixtures.caseBy(worker, "Sabina Khatun", "সাবিনা");
        TestUsers.signIn(worker);

        String redacted = pdfText(caseId, EnumSet.of(Redaction.NAMES, Redaction.ADDRESS, Redaction.CONTACTS));
        assertThat(redacted).contains("[redacted]", "scar on left hand", reference(caseId, worker))
                .doesNotContain("Sabina", "sabina", "Gopalpur", "Canning", "+91");

        String full = pdfText(caseId, Set.of());
        assertThat(full).contains("Sabina Khatun", "Gopalpur", "sabina").doesNotContain("[redacted]");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND subject_id = :id AND detail LIKE :d")
                .param("id", caseId.toString()).param("d", "case summary; redacted=[names, address, contacts]%")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anImportWithOneBadRowStoresNothingAndNamesTheCell() {
        SignedInUser worker = fixtures.caseworker("Import-" + UUID.randomUUID());
        TestUsers.signIn(worker);
        String csv = """
                Name,Other names,Sex,Age,District,State,Country,Identified on,How identified,Trafficking status,Exploitation
                Rupa Sardar,Rupu,F,16,North 24 Parganas,West Bengal,India,03/02/2025,Rescue operation,possible,Sexual exploitation
                Mita Halder,,female,15,Howrah,West Bengal,IN,2025-01-10,hotline,actual,Forced labour
                Secretname Khatun,,Q,14,Howrah,West Bengal,IN,2025-01-12,police,possible,sexual
                """;
        UUID id = upload("register.csv", csv);
        CaseImports.Check check = imports.check(id, null);
        assertThat(check.rows()).isEqualTo(3);
        assertThat(check.mapping()).containsEntry(ImportField.NAME, 0).containsEntry(ImportField.SEX, 2)
                .containsEntry(ImportField.IDENTIFIED_HOW, 8).containsEntry(ImportField.EXPLOITATION, 10);
        assertThat(check.problems()).containsExactly(new ImportProblem(4, "Sex", "cases.import.problem.sex"));

        assertThatThrownBy(() -> imports.commit(id, check.mapping())).isInstanceOfSatisfying(CaseImports.Rejected.class,
                e -> assertThat(e.check().problems()).extracting(ImportProblem::row).containsExactly(4));
        assertThat(casesLedBy(worker)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE detail LIKE '%Secretname%'").query(Long.class).single())
                .isZero();
        imports.cancel(id);
        assertThat(Files.exists(dataDirectory.directory("imports").resolve(id.toString()))).isFalse();
    }

    @Test
    void aCleanImportStoresEveryRowForTheImporter() {
        SignedInUser worker = fixtures.caseworker("Import-" + UUID.randomUUID());
        TestUsers.signIn(worker);
        String csv = """
                নাম;লিঙ্গ;বয়স;জেলা;দেশ;Date of rescue;Identified by;Exploitation
                রুমা খাতুন;মহিলা;17;Jessore;Bangladesh;11/11/2024;NGO referral;Domestic servitude
                Anita Tamang;F;19;Sindhupalchok;Nepal;2024-10-01;police referral;
                Kiran Bala;M;;Murshidabad;India;;community tip-off;BONDED_LABOUR
                """.replace(';', ',');
        UUID id = upload("legacy.csv", csv);
        CaseImports.Check check = imports.check(id, null);
        assertThat(check.problems()).isEmpty();
        assertThat(imports.commit(id, check.mapping())).isEqualTo(3);
        assertThat(casesLedBy(worker)).isEqualTo(3);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM survivor_case c JOIN case_assignment a ON a.case_id = c.id
                 WHERE a.user_id = :u AND c.office = :office AND a.role = 'LEAD_CASEWORKER'
                """).param("u", worker.id()).param("office", worker.office()).query(Long.class).single()).isEqualTo(3);
        assertThat(Files.exists(dataDirectory.directory("imports").resolve(id.toString()))).isFalse();
        assertThatThrownBy(() -> imports.check(id, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anXlsxRegisterImportsWithDateCells() throws Exception {
        SignedInUser worker = fixtures.caseworker("Import-" + UUID.randomUUID());
        TestUsers.signIn(worker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet();
            String[] headers = {"Name", "Sex", "Identified on", "How identified"};
            for (int i = 0; i < headers.length; i++) {
                sheet.createRow(0).createCell(i);
            }
            var header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Laxmi Oraon");
            row.createCell(1).setCellValue("female");
            var date = row.createCell(2);
            date.setCellValue(LocalDate.of(2024, 5, 6));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            date.setCellStyle(style);
            row.createCell(3).setCellValue("Rescue");
            workbook.write(out);
        }
        UUID id = imports.upload("register.xlsx", out.size(), new ByteArrayInputStream(out.toByteArray()));
        CaseImports.Check check = imports.check(id, null);
        assertThat(check.problems()).isEmpty();
        assertThat(check.preview().getFirst()).contains("2024-05-06");
        assertThat(imports.commit(id, check.mapping())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT identified_on FROM survivor_case c JOIN case_assignment a ON a.case_id = c.id WHERE a.user_id = :u")
                .param("u", worker.id()).query(java.sql.Date.class).single().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 6));
    }

    @Test
    void uploadsAreSniffedAndOnlyForEditorsAndTheirOwner() {
        SignedInUser researcher = fixtures.user("Import-" + UUID.randomUUID(), Role.RESEARCHER);
        TestUsers.signIn(researcher);
        assertThatThrownBy(() -> upload("register.csv", "Name\nA\n")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.export(ExportFormat.CSV, ALL, true, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);

        SignedInUser worker = fixtures.caseworker("Import-" + UUID.randomUUID());
        TestUsers.signIn(worker);
        assertThatThrownBy(() -> imports.upload("register.csv", 4, new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4})))
                .hasMessage("cases.import.error.kind");
        assertThatThrownBy(() -> imports.upload("photo.csv", 4, new ByteArrayInputStream(new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1})))
                .hasMessage("cases.import.error.kind");
        UUID id = upload("register.csv", "Name,How identified\nA B,hotline\n");

        TestUsers.signIn(fixtures.caseworker(worker.office()));
        assertThatThrownBy(() -> imports.check(id, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> imports.commit(id, Map.of())).isInstanceOf(NotFoundException.class);
        TestUsers.signIn(worker);
        imports.cancel(id);
    }

    private UUID upload(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return imports.upload(name, bytes.length, new ByteArrayInputStream(bytes));
    }

    private String export(ExportFormat format, boolean research) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(format, ALL, research, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private String pdfText(UUID caseId, Set<Redaction> redact) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summaries.write(caseId, redact, out);
        byte[] pdf = out.toByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        }
    }

    private String reference(UUID caseId, SignedInUser worker) {
        return jdbc.sql("SELECT reference FROM survivor_case WHERE id = :id").param("id", caseId).query(String.class).single();
    }

    private long casesLedBy(SignedInUser worker) {
        return jdbc.sql("SELECT count(*) FROM case_assignment WHERE user_id = :u").param("u", worker.id())
                .query(Long.class).single();
    }
}

package org.lantern.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.aftercare.support.TestCaseAccess;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.support.LanternTest;
import org.lantern.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;

@LanternTest
class CaseDocumentsTest {

    @Autowired CaseDocuments documents;
    @Autowired TestUsers users;
    @Autowired TestCaseAccess cases;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void documentIsStoredEncryptedAndDownloadsBackIdentical() throws Exception {
        SignedInUser caseworker = users.create(Role.CASEWORKER);
        SignedInUser stranger = users.create(Role.CASEWORKER);
        UUID caseId = cases.newCase(caseworker);
        StringBuilder text = new StringBuilder("%PDF-1.7\n");
        for (int i = 0; i < 2000; i++) {
            text.append("Medical report of a synthetic survivor, line ").append(i).append('\n');
        }
        byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);

        TestUsers.signIn(caseworker);
        UUID id = documents.upload(caseId, new MockMultipartFile("file", "medical-report.pdf", "text/html", content));

        byte[] onDisk = Files.readAllBytes(documents.stored(id));
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain("Medical report").doesNotContain("%PDF");
        assertThat(documents.forCase(caseId)).singleElement().satisfies(document -> {
            assertThat(document.fileName()).isEqualTo("medical-report.pdf");
            assertThat(document.contentType()).isEqualTo("application/pdf"); // sniffed, not what the browser said
            assertThat(document.sizeBytes()).isEqualTo(content.length);
        });
        CaseDocuments.Download download = documents.open(caseId, id);
        try (InputStream in = download.content()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }

        TestUsers.signIn(stranger);
        assertThatThrownBy(() -> documents.open(caseId, id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unrecognisedContentIsRefused() {
        SignedInUser caseworker = users.create(Role.CASEWORKER);
        UUID caseId = cases.newCase(caseworker);
        TestUsers.signIn(caseworker);
        byte[] executable = {0x4d, 0x5a, (byte) 0x90, 0, 3, 0, 0, 0};
        assertThatThrownBy(() -> documents.upload(caseId, new MockMultipartFile("file", "report.pdf", "application/pdf", executable)))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("file");
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> documents.upload(caseId, new MockMultipartFile("file", "notes.txt", "text/plain", html)))
                .isInstanceOf(InvalidInputException.class);
        byte[] zip = {'P', 'K', 3, 4, 0, 0};
        assertThatThrownBy(() -> documents.upload(caseId, new MockMultipartFile("file", "archive.zip", "application/zip", zip)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(DocumentType.sniff(zip, zip.length, "Plan.DOCX")).contains(DocumentType.DOCX);
        byte[] bengali = "পরিকল্পনা — हिंदी".getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentType.sniff(bengali, bengali.length - 1, "a.txt")).contains(DocumentType.TEXT);
        assertThat(documents.forCase(caseId)).isEmpty();
    }
}

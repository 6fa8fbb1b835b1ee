package org.lantern.cases.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.cases.CaseFixtures;
import org.lantern.identity.SignedInUser;
import org.lantern.support.LanternTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The pages and API endpoints end to end: rendering, downloads, and the import steps. */
@LanternTest
class CaseIoPagesTest {

    @Autowired WebApplicationContext context;
    @Autowired CaseFixtures fixtures;
    @Autowired JdbcClient jdbc;

    MockMvc mvc;
    SignedInUser worker;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        worker = fixtures.caseworker("Pages-" + UUID.randomUUID());
    }

    @Test
    void theListOffersExportsAndTheApiStreamsThem() throws Exception {
        UUID caseId = fixtures.caseBy(worker, "Jharna Roy");
        String list = get("/cases").getResponse().getContentAsString();
        assertThat(list).contains("/api/v1/cases/export?format=csv", "format=xlsx", "purpose=research", "/cases/import");

        MvcResult csv = get("/api/v1/cases/export?format=csv");
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("attachment", ".csv");
        assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Jharna Roy");
        assertThat(get("/api/v1/cases/export?format=pdf").getResponse().getStatus()).isEqualTo(400);

        MvcResult pdf = get("/api/v1/cases/" + caseId + "/summary.pdf?redact=names,birth");
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(get("/api/v1/cases/" + caseId + "/summary.pdf?redact=everything").getResponse().getStatus()).isEqualTo(400);

        assertThat(get("/cases/" + caseId).getResponse().getContentAsString()).contains("/cases/" + caseId + "/summary");
        assertThat(get("/cases/" + caseId + "/summary").getResponse().getContentAsString()).contains("name=\"redact\"", "value=\"perpetrators\"");
        MvcResult form = mvc.perform(MockMvcRequestBuilders.post("/cases/" + caseId + "/summary.pdf").param("redact", "names")
                .param("redact", "address").with(authentication(token(worker))).with(csrf())).andReturn();
        assertThat(form.getResponse().getContentType()).isEqualTo("application/pdf");
    }

    @Test
    void anImportGoesThroughUploadCheckAndCommit() throws Exception {
        String bad = "Name,Sex,How identified\nTara Biswas,F,hotline\nUma Pal,maybe,rescue\n";
        MvcResult uploaded = upload("register.csv", bad);
        assertThat(uploaded.getResponse().getStatus()).isEqualTo(302);
        String location = uploaded.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/cases/import/");

        String check = get(location).getResponse().getContentAsString();
        assertThat(check).contains("Tara Biswas", "name=\"map.NAME\"", "<td>3</td>", "<td>Sex</td>", "Not a known sex");
        MvcResult refused = mvc.perform(MockMvcRequestBuilders.post(location).param("action", "commit")
                .param("map.NAME", "0").param("map.SEX", "1").param("map.IDENTIFIED_HOW", "2")
                .with(authentication(token(worker))).with(csrf())).andReturn();
        assertThat(refused.getResponse().getContentAsString()).contains("Nothing was stored", "<td>3</td>");
        assertThat(led()).isZero();
        mvc.perform(MockMvcRequestBuilders.post(location + "/cancel").with(authentication(token(worker))).with(csrf()));

        location = upload("register.csv", "Name,Sex,How identified\nTara Biswas,F,hotline\nUma Pal,F,rescue\n")
                .getResponse().getRedirectedUrl();
        MvcResult stored = mvc.perform(MockMvcRequestBuilders.post(location).param("action", "commit")
                .param("map.NAME", "0").param("map.SEX", "1").param("map.IDENTIFIED_HOW", "2")
                .with(authentication(token(worker))).with(csrf())).andReturn();
        assertThat(stored.getResponse().getRedirectedUrl()).isEqualTo("/cases?mine=true");
        assertThat(led()).isEqualTo(2);

        MvcResult wrongKind = upload("register.xlsx", "Name\nA\n");
        assertThat(wrongKind.getResponse().getContentAsString()).contains("Only CSV");
    }

    private long led() {
        return jdbc.sql("SELECT count(*) FROM case_assignment WHERE user_id = :u").param("u", worker.id())
                .query(Long.class).single();
    }

    private MvcResult upload(String name, String content) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/cases/import")
                .file(new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8)))
                .with(authentication(token(worker))).with(csrf())).andReturn();
    }

    private MvcResult get(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(authentication(token(worker)))).andReturn();
    }

    private static UsernamePasswordAuthenticationToken token(SignedInUser user) {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(SignedInUser.SIGNED_IN));
        user.roles().forEach(role -> {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.authority())));
        });
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }
}

package org.lantern.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.aftercare.support.TestCaseAccess;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.support.LanternTest;
import org.lantern.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The pages and the API through the whole web stack: security, controllers, templates in each language. */
@LanternTest
class AftercareWebTest {

    @Autowired WebApplicationContext context;
    @Autowired TestUsers users;
    @Autowired TestCaseAccess cases;
    @Autowired CarePlans plans;
    @Autowired FollowUps followUps;
    @Autowired CounsellingSessions counselling;
    @Autowired RiskAssessments risks;
    @Autowired CaseNotes notes;
    @Autowired Shelters shelters;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    static Authentication as(SignedInUser user) {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(SignedInUser.SIGNED_IN));
        user.roles().forEach(role -> {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.authority())));
        });
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Test
    void carePageShowsEverySectionInEachLanguage() throws Exception {
        SignedInUser caseworker = users.create(Role.CASEWORKER);
        SignedInUser manager = users.create(Role.PROGRAMME_MANAGER);
        SignedInUser counsellor = users.create(Role.COUNSELLOR);
        UUID caseId = cases.newCase(caseworker, manager);
        cases.allowView(caseId, counsellor);
        TestUsers.signIn(manager);
        shelters.register(new Shelter.Form("Web Test Home " + UUID.randomUUID(), "Howrah", "West Bengal", "IN", 5,
                java.util.EnumSet.of(ResidentKind.GIRLS, ResidentKind.WOMEN), null, null));
        TestUsers.signIn(caseworker);
        plans.addGoal(caseId, "Enrol in class VII", LocalDate.now().plusMonths(3));
        plans.addService(caseId, ServiceKind.EDUCATION, null, null, "Howrah Girls School", "VII", LocalDate.now());
        plans.submit(caseId);
        followUps.schedule(caseId, FollowUpKind.HOME_VISIT, LocalDate.now().minusDays(2), caseworker.id());
        risks.assess(caseId, LocalDate.now(), java.util.Set.of(RiskItem.NO_INCOME), null);
        notes.add(caseId, "Met her mother at the shelter");
        TestUsers.signIn(counsellor);
        counselling.record(caseId, LocalDate.now(), 45, "Private words");
        TestUsers.signOut();

        for (String language : List.of("en", "hi", "bn")) {
            String page = mvc.perform(get("/cases/{id}/care", caseId).param("lang", language).with(authentication(as(manager))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("Enrol in class VII", "Howrah Girls School", "Met her mother").doesNotContain("Private words")
                    .doesNotContain("??");
        }
        String english = mvc.perform(get("/cases/{id}/care", caseId).param("lang", "en").with(authentication(as(manager))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Approve the plan", "Overdue", "The notes of this session are private.");

        mvc.perform(post("/cases/{id}/care/plan/return", caseId).param("reason", "").with(csrf()).with(authentication(as(manager))))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("field", "reason"));
        mvc.perform(post("/cases/{id}/care/plan/approve", caseId).with(csrf()).with(authentication(as(manager))))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "aftercare.plan.approvedNotice"));
        mvc.perform(post("/cases/{id}/care/risk/preview", caseId).param("yes", "DEBT_BONDAGE", "RECRUITER_CONTACT",
                "NO_INCOME", "NO_TRUSTED_ADULT").with(csrf()).with(authentication(as(caseworker))))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Score 10 of 19")));

        SignedInUser stranger = users.create(Role.CASEWORKER);
        mvc.perform(get("/cases/{id}/care", caseId).with(authentication(as(stranger)))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/{id}/care-plan", caseId).with(authentication(as(stranger)))).andExpect(status().isForbidden());
    }

    @Test
    void documentsGoUpAndComeBackThroughTheWeb() throws Exception {
        SignedInUser caseworker = users.create(Role.CASEWORKER);
        UUID caseId = cases.newCase(caseworker);
        byte[] png = new byte[20_000];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
        new java.util.Random(7).nextBytes(png = java.util.Arrays.copyOf(png, png.length));
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);

        mvc.perform(multipart("/cases/{id}/care/documents", caseId)
                        .file(new MockMultipartFile("file", "school certificate.png", "image/png", png))
                        .with(csrf()).with(authentication(as(caseworker))))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "aftercare.documents.stored"));
        mvc.perform(multipart("/cases/{id}/care/documents", caseId)
                        .file(new MockMultipartFile("file", "x.exe", "application/pdf", new byte[] {0x4d, 0x5a, 0, 0}))
                        .with(csrf()).with(authentication(as(caseworker))))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("field", "file"));

        TestUsers.signIn(caseworker);
        CaseDocument stored = context.getBean(CaseDocuments.class).forCase(caseId).getFirst();
        TestUsers.signOut();
        var response = mvc.perform(get("/cases/{c}/care/documents/{d}", caseId, stored.id()).with(authentication(as(caseworker))))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains("school");
        assertThat(response.getContentAsByteArray()).isEqualTo(png);
    }

    @Test
    void apiAndDashboards() throws Exception {
        SignedInUser caseworker = users.create(Role.CASEWORKER);
        UUID caseId = cases.newCase(caseworker);
        mvc.perform(post("/api/v1/cases/{id}/care-plan/goals", caseId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"Safe return home\",\"targetDate\":\"2027-05-01\"}")
                        .with(csrf()).with(authentication(as(caseworker))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").exists());
        mvc.perform(post("/api/v1/cases/{id}/care-plan/services", caseId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"EDUCATION\"}").with(csrf()).with(authentication(as(caseworker))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields[0].field").value("school"));
        mvc.perform(get("/api/v1/cases/{id}/care-plan", caseId).with(authentication(as(caseworker))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.goals[0].description").value("Safe return home"))
                .andExpect(jsonPath("$.goals[0].targetDate").value("2027-05-01"));
        mvc.perform(post("/api/v1/cases/{id}/follow-ups", caseId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PHONE\",\"dueDate\":\"" + LocalDate.now().minusDays(1) + "\",\"assignedTo\":\"" + caseworker.id() + "\"}")
                        .with(csrf()).with(authentication(as(caseworker))))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/cases/{id}/follow-ups", caseId).with(authentication(as(caseworker))))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].overdue").value(true));
        mvc.perform(get("/api/v1/follow-ups/due").with(authentication(as(caseworker))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.overdueCount").value(1));
        mvc.perform(get("/api/v1/shelters").with(authentication(as(caseworker)))).andExpect(status().isOk());

        for (String language : List.of("en", "hi", "bn")) {
            String board = mvc.perform(get("/aftercare/follow-ups").param("lang", language).with(authentication(as(caseworker))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(board).contains("/cases/" + caseId + "/care").doesNotContain("??");
            String list = mvc.perform(get("/aftercare/shelters").param("lang", language).with(authentication(as(caseworker))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(list).doesNotContain("??");
        }
        SignedInUser manager = users.create(Role.PROGRAMME_MANAGER);
        String managerList = mvc.perform(get("/aftercare/shelters").with(authentication(as(manager))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(managerList).contains("name=\"capacity\"");
        mvc.perform(post("/aftercare/shelters").param("name", "Refused").with(csrf()).with(authentication(as(caseworker))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/aftercare/shelters").param("name", "Incomplete").with(csrf()).with(authentication(as(manager))))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("district")));
    }

    @Test
    void badInputIsExplainedInTheReadersLanguage() throws Exception {
        SignedInUser caseworker = users.create(Role.CASEWORKER);
        SignedInUser manager = users.create(Role.PROGRAMME_MANAGER);
        UUID caseId = cases.newCase(caseworker, manager);
        TestUsers.signIn(caseworker);
        plans.addGoal(caseId, "Safe return home", null);
        TestUsers.signOut();

        // the key travels as code; the message is in the language asked for, with ?lang= or Accept-Language
        mvc.perform(post("/api/v1/cases/{id}/care-plan/services", caseId).param("lang", "hi").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"EDUCATION\"}").with(csrf()).with(authentication(as(caseworker))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_input"))
                .andExpect(jsonPath("$.fields[0].field").value("school"))
                .andExpect(jsonPath("$.fields[0].code").value("aftercare.error.required"))
                .andExpect(jsonPath("$.fields[0].message").value("यह जानकारी भरना ज़रूरी है।"));
        mvc.perform(post("/api/v1/cases/{id}/care-plan/approve", caseId).header("Accept-Language", "bn-BD,bn;q=0.9,en;q=0.5")
                        .with(csrf()).with(authentication(as(manager))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields[0].code").value("aftercare.error.planNotSubmitted"))
                .andExpect(jsonPath("$.fields[0].message")
                        .value("শুধু অনুমোদনের জন্য পাঠানো পরিকল্পনার বিষয়েই সিদ্ধান্ত নেওয়া যায়; এই পরিকল্পনাটি এখন: খসড়া।"));
        mvc.perform(post("/api/v1/cases/{id}/care-plan/approve", caseId).with(csrf()).with(authentication(as(manager))))
                .andExpect(jsonPath("$.fields[0].message").value("Only a submitted plan can be decided; this one is: Draft."));
        mvc.perform(post("/api/v1/cases/{id}/approvals", caseId).param("lang", "bn").contentType(MediaType.APPLICATION_JSON)
                        .content("{}").with(csrf()).with(authentication(as(caseworker))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields[0].code").value("cases.error.required"))
                .andExpect(jsonPath("$.fields[0].message").value("আবশ্যক"));

        // the care page names the field and the problem in the page's language
        mvc.perform(post("/cases/{id}/care/plan/return", caseId).param("reason", "Not ready").param("lang", "hi")
                        .with(csrf()).with(authentication(as(manager))))
                .andExpect(flash().attribute("field", "status"))
                .andExpect(flash().attribute("problem", "केवल स्वीकृति के लिए भेजी गई योजना पर ही निर्णय हो सकता है; यह योजना अभी: मसौदा।"));
        String page = mvc.perform(get("/cases/{id}/care", caseId).param("lang", "bn").flashAttr("field", "shelterId")
                        .flashAttr("problem", "x").with(authentication(as(caseworker))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("আশ্রয়কেন্দ্র: x");
    }
}

package org.lantern.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.support.LanternTest;
import org.lantern.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The API and pages over HTTP: who gets the network, who gets 403, and the planted demo ring. */
@LanternTest
class InvestigationHttpTest {

    @Autowired WebApplicationContext context;
    @Autowired InvestigationFixture fixture;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired CaseNetworks networks;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void assignedInvestigatorGetsTheNetworkOthersAre403() throws Exception {
        var team = fixture.newCase(null);
        String csv = "caller,callee,start,duration\n+919500000001,+919500000002,2024-03-01 10:00,5\n"
                + "+919500000001,+919500000003,2024-03-01 11:00,5\n+919500000002,+919500000003,2024-03-01 12:00,5\n"
                + "+919500000004,+919500000003,bad,5\n";
        var upload = mvc.perform(multipart("/api/v1/cases/{c}/cdr-imports", team.caseId())
                        .file(new MockMultipartFile("file", "op.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(authentication(auth(team.investigator()))).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.guessed.caller").value(0))
                .andReturn().getResponse().getContentAsString();
        String importId = upload.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/cases/{c}/cdr-imports/{i}/start", team.caseId(), importId)
                        .contentType("application/json")
                        .content("{\"mapping\":{\"caller\":0,\"callee\":1,\"start\":2,\"duration\":3},\"timeZone\":\"Asia/Kolkata\"}")
                        .with(authentication(auth(team.investigator()))).with(csrf()))
                .andExpect(status().isAccepted());
        TestUsers.signIn(team.investigator());
        assertThat(fixture.await(team.caseId(), UUID.fromString(importId)).rowsRejected()).isEqualTo(1);
        TestUsers.signOut();

        mvc.perform(get("/api/v1/cases/{c}/network", team.caseId()).with(authentication(auth(team.investigator()))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.nodes.length()").value(3))
                .andExpect(jsonPath("$.edges.length()").value(3))
                .andExpect(jsonPath("$.nodes[0].community").isNumber());
        mvc.perform(get("/api/v1/cases/{c}/network/common-contacts", team.caseId()).param("numbers", "+919500000001,+919500000002")
                        .with(authentication(auth(team.investigator()))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.contacts[0].label").value("+919500000003"));
        mvc.perform(get("/api/v1/cases/{c}/network/path", team.caseId()).param("from", "+919500000001").param("to", "+919500000003")
                        .with(authentication(auth(team.investigator()))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.nodes.length()").value(2));
        mvc.perform(get("/api/v1/cases/{c}/cdr-imports/{i}/problems", team.caseId(), importId)
                        .with(authentication(auth(team.investigator()))))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].line").value(5)).andExpect(jsonPath("$[0].reason").value("badTime"));

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/investigations/cases/{c}/links", team.caseId())
                        .param("fromKind", "PERSON").param("fromValue", "Synthetic Boss").param("kind", "OWNS")
                        .param("toKind", "PHONE_NUMBER").param("toValue", "+91 95000 00001").param("source", "DOCUMENT")
                        .param("sourceRef", "FIR 1/2024").param("confidence", "0.7")
                        .with(authentication(auth(team.investigator()))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("notice", "investigation.statement.saved"));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM network_link l JOIN network_entity t ON t.id = l.to_entity
                 WHERE l.case_id = :c AND l.kind = 'OWNS' AND t.kind = 'PHONE_NUMBER' AND l.confidence = 0.70
                """).param("c", team.caseId()).query(Long.class).single()).isEqualTo(1); // the existing number, not a new one
        mvc.perform(get("/api/v1/cases/{c}/network", team.caseId()).with(authentication(auth(team.investigator()))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.nodes.length()").value(4));

        SignedInUser stranger = users.create(Role.INVESTIGATOR);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/investigations/cases/{c}/links", team.caseId())
                        .param("fromKind", "PERSON").param("fromValue", "X").param("kind", "OWNS")
                        .param("toKind", "PERSON").param("toValue", "Y")
                        .with(authentication(auth(stranger))).with(csrf()))
                .andExpect(status().isForbidden());
        for (String path : List.of("/api/v1/cases/{c}/network", "/investigations/cases/{c}")) {
            mvc.perform(get(path, team.caseId()).with(authentication(auth(stranger)))).andExpect(status().isForbidden());
            mvc.perform(get(path, team.caseId()).with(authentication(auth(team.caseworker())))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/investigations/cases/{c}/export", team.caseId()).param("format", "graphml")
                .with(authentication(auth(stranger)))).andExpect(status().isForbidden());
        mvc.perform(get("/investigations").with(authentication(auth(team.caseworker())))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ACCESS_DENIED' AND actor_id = :u")
                .param("u", stranger.id()).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theDemoRingIsOneCommunityAroundItsController() {
        var team = fixture.newCase(null);
        TestUsers.signIn(team.investigator());
        DemoRing demo = new DemoRing(0);
        var status = fixture.importCsv(team.caseId(), "demo.csv", demo.csv().getBytes(StandardCharsets.UTF_8), "Asia/Kolkata");
        assertThat(status.rowsRejected()).isEqualTo(2);
        assertThat(status.rowsStored()).isGreaterThan(1000);

        var graph = networks.graph(team.caseId(), CaseNetworks.Window.ALL, java.util.Set.of(), 1000);
        var ring = new ArrayList<String>();
        ring.add(demo.ring().controller());
        ring.addAll(demo.ring().recruiters());
        ring.addAll(demo.ring().transporters());
        List<Integer> communities = graph.nodes().stream()
                .filter(n -> ring.stream().anyMatch(r -> r.replace(" ", "").equals(n.label())))
                .map(CaseNetworks.Node::community).distinct().toList();
        assertThat(communities).hasSize(1);
        var controller = graph.nodes().stream().filter(n -> n.label().equals(demo.ring().controller().replace(" ", ""))).findFirst().orElseThrow();
        var shared = graph.nodes().stream().filter(n -> n.kind() == EntityKind.HANDSET_IMEI).toList();
        assertThat(shared).hasSize(1);
        assertThat(controller.degree()).isGreaterThanOrEqualTo(5);
    }

    private static Authentication auth(SignedInUser user) {
        var authorities = new ArrayList<SimpleGrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority(SignedInUser.SIGNED_IN));
        user.roles().forEach(role -> {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.authority())));
        });
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }
}

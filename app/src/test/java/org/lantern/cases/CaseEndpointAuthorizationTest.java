package org.lantern.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.identity.Permission;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.support.LanternTest;
import org.lantern.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every page and API endpoint of the cases module as every role, with and without access to the
 * case, and checks that nobody without access gets anything but 403/404, and that lists never show the case.
 * A new endpoint that is not in {@link #endpoints} fails {@link #everyEndpointIsWalked}.
 */
@LanternTest
class CaseEndpointAuthorizationTest {

    enum Kind { LIST, REFERENCE, CREATE, APPROVE_LIST, APPROVE, VIEW, EDIT, PERSON_VIEW, PERSON_EDIT }

    record Endpoint(HttpMethod method, String pattern, Kind kind, Map<String, String> params, String json) {
        String key() {
            return method.name() + " " + pattern;
        }
    }

    @Autowired WebApplicationContext context;
    @Autowired CaseFixtures fixtures;
    @Autowired SurvivorCases cases;
    @Autowired CaseTeam team;
    @Autowired Consents consents;
    @Autowired CaseTransfers transfers;
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    MockMvc mvc;
    String office;
    SignedInUser owner;
    SignedInUser manager;
    SignedInUser counsellorAssigned;
    SignedInUser police;
    SignedInUser otherPolice;
    UUID caseId;
    UUID personId;
    String reference;
    String survivorName;
    Map<String, String> ids = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        office = "Walk-" + UUID.randomUUID();
        owner = fixtures.caseworker(office);
        manager = fixtures.user(office, Role.PROGRAMME_MANAGER);
        counsellorAssigned = fixtures.user(office, Role.COUNSELLOR);
        police = fixtures.user(office, Role.PARTNER_POLICE);
        otherPolice = fixtures.user(office, Role.PARTNER_POLICE);
        survivorName = "Zubeida" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "q");
        caseId = fixtures.caseBy(owner, survivorName);
        fixtures.shareWith(owner, caseId, police, ShareScope.FULL);
        TestUsers.signIn(owner);
        personId = cases.personOf(caseId);
        reference = cases.get(caseId).reference();
        team.assign(caseId, counsellorAssigned.id(), TeamRole.COUNSELLOR);
        consents.record(personId, ConsentPurpose.TRACING, LocalDate.now(), ConsentMethod.VERBAL);
        ids.put("approvalId", cases.requestApproval(caseId, ApprovalKind.CLOSURE).toString());
        ids.put("shareId", team.share(caseId, police.id(), null, ShareScope.SUMMARY).toString());
        ids.put("consentId", consents.of(personId).stream().filter(c -> c.purpose() == ConsentPurpose.TRACING)
                .findFirst().orElseThrow().id().toString());
        ids.put("transferId", transfers.record(caseId, TransferDirection.IN, "Shakti Vahini", "referral").toString());
        TestUsers.signOut();
        ids.put("id", caseId.toString());
        ids.put("userId", counsellorAssigned.id().toString());
        ids.put("list", "EXPLOITATION");
        ids.put("purpose", "TRACING");
        ids.put("importId", UUID.randomUUID().toString());
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        // pages
        all.add(get("/cases", Kind.LIST, Map.of("q", survivorName)));
        all.add(get("/cases/new", Kind.CREATE, Map.of()));
        all.add(post("/cases", Kind.CREATE, Map.of("name", "Walk Registered", "identifiedHow", "HOTLINE")));
        all.add(get("/cases/approvals", Kind.APPROVE_LIST, Map.of()));
        all.add(post("/cases/approvals/{approvalId}", Kind.APPROVE, Map.of("decision", "reject")));
        all.add(get("/cases/{id}", Kind.VIEW, Map.of()));
        all.add(post("/cases/{id}", Kind.EDIT, Map.of("identifiedHow", "HOTLINE")));
        all.add(post("/cases/{id}/person", Kind.EDIT, Map.of("sex", "FEMALE")));
        all.add(post("/cases/{id}/names", Kind.EDIT, Map.of("name", "Alias")));
        all.add(post("/cases/{id}/contacts", Kind.EDIT, Map.of("name", "Uncle")));
        all.add(post("/cases/{id}/advance", Kind.EDIT, Map.of()));
        all.add(post("/cases/{id}/approval", Kind.EDIT, Map.of("kind", "CLOSURE")));
        all.add(post("/cases/{id}/team", Kind.EDIT, Map.of("userId", counsellorAssigned.id().toString(), "role", "COUNSELLOR")));
        all.add(post("/cases/{id}/team/{userId}/remove", Kind.EDIT, Map.of()));
        all.add(post("/cases/{id}/shares", Kind.EDIT, Map.of("userId", otherPolice.id().toString(), "scope", "SUMMARY")));
        all.add(post("/cases/{id}/shares/{shareId}/revoke", Kind.EDIT, Map.of()));
        all.add(post("/cases/{id}/consents", Kind.EDIT, Map.of("purpose", "SERVICES", "method", "VERBAL")));
        all.add(post("/cases/{id}/consents/{consentId}/withdraw", Kind.EDIT, Map.of()));
        all.add(post("/cases/{id}/events", Kind.EDIT, Map.of("stage", "TRANSIT")));
        all.add(post("/cases/{id}/perpetrators", Kind.EDIT, Map.of("name", "Dalal")));
        all.add(post("/cases/{id}/transfers", Kind.EDIT, Map.of("direction", "IN", "organisation", "Sanlaap")));
        all.add(post("/cases/{id}/transfers/{transferId}", Kind.EDIT, Map.of("accepted", "true")));
        all.add(get("/cases/{id}/summary", Kind.VIEW, Map.of()));
        all.add(post("/cases/{id}/summary.pdf", Kind.VIEW, Map.of("redact", "team")));
        all.add(get("/cases/import", Kind.CREATE, Map.of()));
        all.add(post("/cases/import", Kind.CREATE, Map.of()));
        all.add(get("/cases/import/{importId}", Kind.EDIT, Map.of()));
        all.add(post("/cases/import/{importId}", Kind.EDIT, Map.of("action", "commit")));
        all.add(post("/cases/import/{importId}/cancel", Kind.EDIT, Map.of()));
        // API
        all.add(get("/api/v1/cases/export", Kind.LIST, Map.of("format", "htcds")));
        all.add(get("/api/v1/cases/{id}/summary.pdf", Kind.VIEW, Map.of("redact", "names")));
        all.add(get("/api/v1/cases", Kind.LIST, Map.of("name", survivorName)));
        all.add(json(HttpMethod.POST, "/api/v1/cases", Kind.CREATE, """
                {"person":{"names":[{"name":"Api Registered"}]},"caseDetails":{"identifiedHow":"HOTLINE"}}"""));
        all.add(get("/api/v1/cases/{id}", Kind.VIEW, Map.of()));
        all.add(json(HttpMethod.PUT, "/api/v1/cases/{id}", Kind.EDIT, "{\"identifiedHow\":\"HOTLINE\"}"));
        all.add(json(HttpMethod.POST, "/api/v1/cases/{id}/advance", Kind.EDIT, null));
        all.add(get("/api/v1/cases/{id}/history", Kind.VIEW, Map.of()));
        all.add(get("/api/v1/cases/{id}/approvals", Kind.VIEW, Map.of()));
        all.add(json(HttpMethod.POST, "/api/v1/cases/{id}/approvals", Kind.EDIT, "{\"kind\":\"CLOSURE\"}"));
        all.add(get("/api/v1/cases/approvals", Kind.APPROVE_LIST, Map.of()));
        all.add(json(HttpMethod.POST, "/api/v1/cases/approvals/{approvalId}", Kind.APPROVE, "{\"approve\":false}"));
        all.add(get("/api/v1/cases/{id}/team", Kind.VIEW, Map.of()));
        all.add(json(HttpMethod.POST, "/api/v1/cases/{id}/team", Kind.EDIT,
                "{\"userId\":\"" + counsellorAssigned.id() + "\",\"role\":\"COUNSELLOR\"}"));
        all.add(json(HttpMethod.DELETE, "/api/v1/cases/{id}/team/{userId}", Kind.EDIT, null));
        all.add(get("/api/v1/cases/{id}/shares", Kind.VIEW, Map.of()));
        all.add(json(HttpMethod.POST, "/api/v1/cases/{id}/shares", Kind.EDIT,
                "{\"userId\":\"" + otherPolice.id() + "\",\"scope\":\"SUMMARY\"}"));
        all.add(json(HttpMethod.DELETE, "/api/v1/cases/{id}/shares/{shareId}", Kind.EDIT, null));
        all.add(get("/api/v1/cases/{id}/transfers", Kind.VIEW, Map.of()));
        all.add(json(HttpMethod.POST, "/api/v1/cases/{id}/transfers", Kind.EDIT, "{\"direction\":\"IN\",\"organisation\":\"Sanlaap\"}"));
        all.add(json(HttpMethod.POST, "/api/v1/cases/{id}/transfers/{transferId}", Kind.EDIT, "{\"accepted\":true}"));
        all.add(json(HttpMethod.POST, "/api/v1/cases/{id}/events", Kind.EDIT, "{\"stage\":\"TRANSIT\"}"));
        all.add(get("/api/v1/cases/reference/{list}", Kind.REFERENCE, Map.of()));
        all.add(get("/api/v1/people/{id}", Kind.PERSON_VIEW, Map.of()));
        all.add(json(HttpMethod.PUT, "/api/v1/people/{id}", Kind.PERSON_EDIT, "{\"sex\":\"FEMALE\"}"));
        all.add(json(HttpMethod.POST, "/api/v1/people/{id}/names", Kind.PERSON_EDIT, "{\"name\":\"Alias\"}"));
        all.add(json(HttpMethod.POST, "/api/v1/people/{id}/contacts", Kind.PERSON_EDIT, "{\"name\":\"Uncle\"}"));
        all.add(get("/api/v1/people/{id}/consents", Kind.PERSON_VIEW, Map.of()));
        all.add(get("/api/v1/people/{id}/consents/{purpose}", Kind.PERSON_VIEW, Map.of()));
        all.add(json(HttpMethod.POST, "/api/v1/people/{id}/consents", Kind.PERSON_EDIT, "{\"purpose\":\"SERVICES\",\"method\":\"VERBAL\"}"));
        all.add(json(HttpMethod.POST, "/api/v1/people/{id}/consents/{consentId}/withdraw", Kind.PERSON_EDIT, null));
        return all;
    }

    @Test
    void everyEndpointIsWalked() {
        Set<String> walked = new HashSet<>(endpoints().stream().map(Endpoint::key).toList());
        Set<String> declared = new HashSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("org.lantern.cases")) {
                for (String pattern : info.getPatternValues()) {
                    info.getMethodsCondition().getMethods().forEach(m -> declared.add(m.name() + " " + pattern));
                }
            }
        });
        assertThat(walked).containsAll(declared);
        assertThat(declared).containsAll(walked);
    }

    @Test
    void nobodyWithoutAccessGetsTheCase() throws Exception {
        List<SignedInUser> outsiders = List.of(fixtures.caseworker(office), fixtures.user(office, Role.COUNSELLOR),
                fixtures.user(office, Role.LAWYER), fixtures.user(office, Role.INVESTIGATOR),
                fixtures.user(office, Role.COMMUNITY_WORKER), fixtures.user(office, Role.RESEARCHER),
                fixtures.user(office, Role.TRAINER), fixtures.user("Elsewhere-" + UUID.randomUUID(), Role.PROGRAMME_MANAGER),
                otherPolice, fixtures.user(office, Role.ADMINISTRATOR));
        List<String> problems = new ArrayList<>();
        for (SignedInUser user : outsiders) {
            for (Endpoint endpoint : endpoints()) {
                MvcResult result = call(user, endpoint);
                int status = result.getResponse().getStatus();
                String body = result.getResponse().getContentAsString();
                // a list page echoes the name searched for; it must not show the case itself
                boolean leaks = (endpoint.kind() != Kind.LIST && body.contains(survivorName))
                        || body.contains(reference) || body.contains(caseId.toString());
                boolean ok = switch (endpoint.kind()) {
                    case LIST -> user.has(Permission.CASES_VIEW) ? status == 200 && !leaks : status == 403;
                    case REFERENCE -> user.has(Permission.CASES_VIEW) ? status == 200 : status == 403;
                    case CREATE -> user.has(Permission.CASES_EDIT) ? status < 400 : status == 403;
                    case APPROVE_LIST -> user.has(Permission.CASES_APPROVE) ? status == 200 && !leaks : status == 403;
                    default -> (status == 403 || status == 404) && !leaks;
                };
                if (!ok) {
                    problems.add(user.roles() + " " + endpoint.key() + " -> " + status + (leaks ? " LEAK" : ""));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void viewersWithoutEditAccessCannotChangeAnything() throws Exception {
        List<String> problems = new ArrayList<>();
        for (SignedInUser user : List.of(police, counsellorAssigned)) {
            for (Endpoint endpoint : endpoints()) {
                int status = call(user, endpoint).getResponse().getStatus();
                boolean ok = switch (endpoint.kind()) {
                    case VIEW, PERSON_VIEW, LIST, REFERENCE -> status == 200;
                    case CREATE -> user.has(Permission.CASES_EDIT) ? status < 400 : status == 403;
                    case APPROVE_LIST -> status == 403;
                    default -> status == 403 || status == 404;
                };
                if (!ok) {
                    problems.add(user.roles() + " " + endpoint.key() + " -> " + status);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theManagerOfTheOfficeReachesEveryEndpoint() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            MvcResult result = call(manager, endpoint);
            int status = result.getResponse().getStatus();
            if (status == 403 || status >= 500) {
                problems.add(endpoint.key() + " -> " + status);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theApiIsDescribedForSpringdoc() throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs").with(authentication(token(owner)))
                .accept(MediaType.APPLICATION_JSON)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("/api/v1/cases/{id}", "/api/v1/people/{id}",
                "CaseDetail", "ConsentRequest");
    }

    private MvcResult call(SignedInUser user, Endpoint endpoint) throws Exception {
        String path = endpoint.pattern();
        for (var id : ids.entrySet()) {
            String value = id.getKey().equals("id") && endpoint.pattern().startsWith("/api/v1/people") ? personId.toString()
                    : id.getValue();
            path = path.replace("{" + id.getKey() + "}", value);
        }
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), path)
                .with(authentication(token(user))).with(csrf());
        endpoint.params().forEach(request::param);
        if (endpoint.json() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(endpoint.json());
        }
        if (endpoint.pattern().startsWith("/api/")) {
            request.accept(MediaType.APPLICATION_JSON);
        } else {
            request.accept(MediaType.TEXT_HTML);
        }
        return mvc.perform(request).andReturn();
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

    private static Endpoint get(String pattern, Kind kind, Map<String, String> params) {
        return new Endpoint(HttpMethod.GET, pattern, kind, params, null);
    }

    private static Endpoint post(String pattern, Kind kind, Map<String, String> params) {
        return new Endpoint(HttpMethod.POST, pattern, kind, params, null);
    }

    private static Endpoint json(HttpMethod method, String pattern, Kind kind, String body) {
        return new Endpoint(method, pattern, kind, Map.of(), body);
    }
}

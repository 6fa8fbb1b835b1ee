package org.lantern.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.support.LanternTest;
import org.lantern.support.TestUsers;
import org.lantern.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The tracing pages and API over HTTP: the duplicate check, the queue, a pair, search and the decision endpoint. */
@LanternTest
class TracingWebTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired TestUsers users;
    @Autowired TracingRecords records;
    @Autowired CandidateSearch search;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theDuplicateCheckShowsAKnownReportBeforeSaving() {
        SignedInUser worker = users.create(PASSWORD, "Kolkata", Role.CASEWORKER);
        TestUsers.signIn(worker);
        UUID report = records.create(Side.MISSING, TracingMatchingTest.missing("Shabnam Parvin", "Jalal Uddin", "Malda", true));
        search.awaitIdle();
        TestUsers.signOut();

        WebSession web = new WebSession(port);
        web.signIn(worker.username(), PASSWORD);
        assertThat(web.get("/tracing/missing/new").statusCode()).isEqualTo(200);
        HttpResponse<String> check = web.post("/tracing/missing/duplicates", Map.of("kind", "FAMILY",
                "name", "শবনম পারভীন", "fatherName", "Jalal Uddin", "sex", "FEMALE", "age", "13-15",
                "homeDistrict", "Malda", "homeState", "West Bengal"));
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(check.body()).contains("duplicate-hits").contains("/tracing/missing/" + report).contains("Shabnam Parvin");

        HttpResponse<String> nothing = web.post("/tracing/found/duplicates", Map.of("kind", "SHELTER", "name", "Zzyzx Qwerty"));
        assertThat(nothing.body()).doesNotContain("/tracing/missing/" + report);

        HttpResponse<String> api = postJson(web, "/api/v1/tracing/found-persons/duplicates",
                "{\"source\":\"SHELTER\",\"names\":[\"Sabnam Parveen\"],\"fatherName\":\"Jalal Uddin\",\"sex\":\"FEMALE\",\"homeDistrict\":\"Malda\"}");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains(report.toString()).contains("\"recordType\":\"missing-report\"");
    }

    @Test
    void reviewPagesAndTheDecisionEndpointWork() {
        SignedInUser worker = users.create(PASSWORD, "Kolkata", Role.CASEWORKER);
        TestUsers.signIn(worker);
        UUID report = records.create(Side.MISSING, TracingMatchingTest.missing("Laxmi Murmu", "Sombari Murmu", "Purulia", true));
        UUID child = records.create(Side.FOUND, TracingMatchingTest.found(List.of("लक्ष्मी मुर्मू"), "सोमबारी मुर्मू", "Purulia", true));
        search.awaitIdle();
        TestUsers.signOut();
        UUID candidate = jdbc.sql("SELECT id FROM match_candidate WHERE missing_id = :m AND found_id = :f")
                .param("m", report).param("f", child).query(UUID.class).single();

        WebSession web = new WebSession(port);
        web.signIn(worker.username(), PASSWORD);
        assertThat(web.get("/tracing/queue").body()).contains("/tracing/candidates/" + candidate);
        String pair = web.get("/tracing/candidates/" + candidate).body();
        assertThat(pair).contains("id=\"explanation\"").contains("Laxmi Murmu").contains("लक्ष्मी मुर्मू");
        assertThat(web.get("/tracing/candidates/" + candidate + "?lang=bn").body()).contains("এই জোড়া কেন");
        assertThat(web.get("/tracing/search?q=" + java.net.URLEncoder.encode("लक्ष्मी", java.nio.charset.StandardCharsets.UTF_8)).body())
                .contains("/tracing/found/" + child).contains("/tracing/missing/" + report);
        assertThat(web.get("/tracing/missing/" + report).statusCode()).isEqualTo(200);
        assertThat(web.get("/api/v1/tracing/candidates/" + candidate).body()).contains("\"fields\"").contains("NAME");

        HttpResponse<String> noReason = postJson(web, "/api/v1/tracing/candidates/" + candidate + "/decision",
                "{\"decision\":\"REJECTED\",\"reason\":\"\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        HttpResponse<String> decided = postJson(web, "/api/v1/tracing/candidates/" + candidate + "/decision",
                "{\"decision\":\"REJECTED\",\"reason\":\"Different mother; the found girl has a brother in Purulia.\"}");
        assertThat(decided.statusCode()).isEqualTo(200);
        assertThat(decided.body()).contains("\"status\":\"REJECTED\"");

        WebSession stranger = new WebSession(port);
        SignedInUser other = users.create(PASSWORD, "Dhaka", Role.COMMUNITY_WORKER);
        stranger.signIn(other.username(), PASSWORD);
        assertThat(stranger.get("/api/v1/tracing/missing-reports/" + report).statusCode()).isEqualTo(403);
        assertThat(stranger.get("/api/v1/tracing/candidates/" + candidate).statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> postJson(WebSession web, String path, String json) {
        Matcher token = CSRF.matcher(web.get("/tracing/search").body());
        assertThat(token.find()).isTrue();
        return web.send(HttpRequest.newBuilder(URI.create(web.base() + path)).header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", token.group(1)).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }
}

package org.lantern.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lantern.support.LanternTest;
import org.lantern.support.TestUsers;
import org.lantern.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@LanternTest
class SecurityBoundaryTest {

    @LocalServerPort int port;
    @Autowired TestUsers users;
    @Autowired ApiTokens tokens;

    @Test
    void anonymousApiCallsGet401WithAJsonBody() {
        for (String path : new String[] {"/api/v1/cases", "/api/v1/anything/at/all", "/v3/api-docs"}) {
            HttpResponse<String> response = new WebSession(port).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(response.body()).contains("\"error\":\"unauthorized\"");
        }
    }

    @Test
    void pagesCarryStrictSecurityHeaders() {
        HttpResponse<String> response = new WebSession(port).get("/signin");
        assertThat(response.statusCode()).isEqualTo(200);
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(response.body()).doesNotContain("<script>").doesNotContain("style=\"");
        assertThat(response.headers().allValues("Set-Cookie")).allSatisfy(cookie ->
                assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict"));
    }

    @Test
    void pagesNeedASignIn() {
        WebSession anonymous = new WebSession(port);
        for (String path : new String[] {"/", "/admin/users", "/admin/audit", "/account", "/actuator/prometheus"}) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).as(path).endsWith("/signin");
        }
        assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void noDefaultPasswordSignsIn() {
        for (String[] guess : new String[][] {{"admin", "admin"}, {"admin", "password"}, {"admin", "lantern"},
                {"admin", "changeme"}, {"postgres", "postgres"}, {"root", "root"}}) {
            WebSession session = new WebSession(port);
            assertThat(session.signIn(guess[0], guess[1])).as(guess[0] + "/" + guess[1]).matches(".*/signin\\?(error|locked)");
        }
    }

    @Test
    void formPostsWithoutCsrfTokenAreRefused() {
        WebSession session = new WebSession(port);
        HttpResponse<String> response = session.send(HttpRequest.newBuilder(URI.create(session.base() + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=x&password=y")).build());
        assertThat(response.statusCode()).isIn(302, 403);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    void personalApiTokensAuthenticateTheApi() {
        SignedInUser caseworker = users.create(Role.CASEWORKER);
        String token = tokens.create(caseworker.id(), "script", Instant.now().plus(1, ChronoUnit.DAYS));
        WebSession session = new WebSession(port);
        HttpResponse<String> docs = session.send(HttpRequest.newBuilder(URI.create(session.base() + "/v3/api-docs"))
                .header("Authorization", "Bearer " + token).build());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\":\"3.1");

        HttpResponse<String> forged = session.send(HttpRequest.newBuilder(URI.create(session.base() + "/v3/api-docs"))
                .header("Authorization", "Bearer lt_forged").build());
        assertThat(forged.statusCode()).isEqualTo(401);

        tokens.revoke(caseworker.id(), tokens.of(caseworker.id()).getFirst().id());
        HttpResponse<String> revoked = session.send(HttpRequest.newBuilder(URI.create(session.base() + "/v3/api-docs"))
                .header("Authorization", "Bearer " + token).build());
        assertThat(revoked.statusCode()).isEqualTo(401);
    }

    @Test
    void rolesOnlyReachTheirPages() {
        users.create("correct horse battery staple", "Kolkata", Role.CASEWORKER);
        SignedInUser caseworker = users.create("a quiet river at dawn", "Kolkata", Role.CASEWORKER);
        WebSession session = new WebSession(port);
        assertThat(session.signIn(caseworker.username(), "a quiet river at dawn")).endsWith("/");
        assertThat(session.get("/").statusCode()).isEqualTo(200);
        assertThat(session.get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(session.get("/admin/audit").statusCode()).isEqualTo(403);
        assertThat(session.get("/admin/users").body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void lockoutAfterRepeatedFailures() {
        SignedInUser user = users.create("the right long password", "Kolkata", Role.COUNSELLOR);
        WebSession session = new WebSession(port);
        for (int i = 0; i < 4; i++) {
            assertThat(session.signIn(user.username(), "wrong password " + i)).endsWith("/signin?error");
        }
        assertThat(session.signIn(user.username(), "wrong password 5")).endsWith("/signin?locked");
        assertThat(session.signIn(user.username(), "the right long password")).endsWith("/signin?locked");
        assertThat(session.post("/signin", Map.of()).statusCode()).isIn(302, 403);
    }
}

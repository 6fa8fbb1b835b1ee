package org.lantern.tracing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInstance;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.support.HeadlessChromium;
import org.lantern.support.LanternTest;
import org.lantern.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reviewer signs in, opens the queue, opens a pair, reads the explanation and confirms it, in headless Chromium. */
@LanternTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TracingReviewJourneyTest {

    private static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort int port;
    @Autowired TestUsers users;
    @Autowired TracingRecords records;
    @Autowired CandidateSearch search;

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @Test
    void aReviewerConfirmsAPairFromTheQueue() {
        SignedInUser reviewer = users.create(PASSWORD, "Kolkata", Role.PROGRAMME_MANAGER);
        SignedInUser worker = users.create(PASSWORD, "Kolkata", Role.CASEWORKER);
        TestUsers.signIn(worker);
        UUID report = records.create(Side.MISSING, TracingMatchingTest.missing("Moumita Halder", "Shankar Halder", "Nadia", true));
        records.create(Side.FOUND, TracingMatchingTest.found(List.of("মৌমিতা হালদার"), "শংকর হালদার", "নদীয়া", true));
        search.awaitIdle();
        TestUsers.signOut();

        try (var context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(url("/signin"));
            page.fill("#username", reviewer.username());
            page.fill("#password", PASSWORD);
            page.click("button[type=submit].primary");
            assertThat(page).hasURL(url("/"));

            page.click(".mainnav a:has-text('Match review')");
            assertThat(page.locator("h1")).hasText("Match review");
            Locator row = page.locator("#queue tr", new Page.LocatorOptions().setHasText("Moumita Halder"));
            assertThat(row).containsText("মৌমিতা হালদার");
            row.locator("a").click();

            assertThat(page.locator("h1")).hasText("Possible match");
            assertThat(page.locator("#missing")).containsText("Moumita Halder");
            assertThat(page.locator("#found")).containsText("মৌমিতা হালদার");
            Locator nameRow = page.locator("#explanation tr", new Page.LocatorOptions().setHasText("Father's name"));
            assertThat(nameRow.locator("meter")).isVisible();
            assertThat(nameRow.locator(".tag.ok")).isVisible(); // agreement adds to the weight
            assertThat(page.locator("#explanation")).containsText("Total");

            page.click("#decide-CONFIRMED"); // no reason yet: the browser asks for one
            assertThat(page.locator("#status")).hasText("Pending");
            page.fill("#reason", "Same father, same village; the mother recognised her photograph.");
            page.click("#decide-CONFIRMED");
            assertThat(page.locator(".notice")).containsText("Your decision was recorded");
            assertThat(page.locator("#status")).hasText("Confirmed");

            page.navigate(url("/tracing/missing/" + report));
            assertThat(page.locator(".tag.ok").first()).isVisible();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}

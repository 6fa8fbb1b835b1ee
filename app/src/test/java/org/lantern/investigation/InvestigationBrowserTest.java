package org.lantern.investigation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.identity.Totp;
import org.lantern.support.HeadlessChromium;
import org.lantern.support.LanternTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;

/**
 * An investigator in headless Chromium: first sign-in with two-factor enrolment, a CDR import with a bad
 * row, the network of the case, the common contact of two suspects and a GraphML export.
 */
@LanternTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvestigationBrowserTest {

    private static final String PASSWORD = "kingfisher over the sundarbans";

    @LocalServerPort int port;
    @Autowired InvestigationFixture fixture;

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @Test
    void investigatorImportsCallsAndFindsTheCommonContact(@TempDir Path directory) throws Exception {
        var team = fixture.newCase(PASSWORD);
        Path csv = directory.resolve("operator-cdr.csv");
        Files.writeString(csv, """
                Calling Number,Called Number,Call Date,Call Time,Duration,Cell ID
                +91 94000 00001,+91 94000 00010,05/03/2024,09:15:00,65,404-45-0001
                +91 94000 00002,+91 94000 00010,05/03/2024,09:20:00,30,404-45-0002
                +91 94000 00001,+91 94000 00011,05/03/2024,10:00:00,12,404-45-0001
                +91 94000 00002,+91 94000 00012,05/03/2024,11:00:00,40,404-45-0002
                +91 94000 00002,+91 94000 00012,32/03/2024,11:30:00,40,404-45-0002
                """, StandardCharsets.UTF_8);

        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = context.newPage();
            List<String> cspViolations = new java.util.ArrayList<>();
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    cspViolations.add(message.text());
                }
            });
            page.navigate(url("/signin"));
            page.fill("#username", team.investigator().username());
            page.fill("#password", PASSWORD);
            page.click("button[type=submit].primary");
            assertThat(page).hasURL(url("/account/two-factor")); // investigators must enrol a second factor
            byte[] secret = Totp.fromBase32(page.textContent("#totp-secret"));
            page.fill("#code", Totp.codeAt(secret, Instant.now()));
            page.click("button[type=submit].primary");
            assertThat(page).hasURL(url("/"));

            page.click(".mainnav a:has-text('Investigations')");
            assertThat(page.locator("h1")).hasText("Investigations");
            page.click("table a");
            page.click("a:has-text('Import call records')");
            page.setInputFiles("#file", csv);
            page.click("button[type=submit].primary");

            assertThat(page.locator("h1")).hasText("Columns and time zone");
            assertThat(page.locator("#caller")).hasValue("0");
            assertThat(page.locator("#callee")).hasValue("1");
            assertThat(page.locator("#start")).hasValue("2");
            assertThat(page.locator("#time")).hasValue("3");
            assertThat(page.locator("#duration")).hasValue("4");
            assertThat(page.locator("#timeZone")).hasValue("Asia/Kolkata");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/investigation-mapping.png")).setFullPage(true));
            page.click("button[type=submit].primary");

            assertThat(page.locator("#import-state")).hasText("Done");
            assertThat(page.locator("#rows-stored")).hasText("4");
            assertThat(page.locator("#rows-rejected")).hasText("1");
            assertThat(page.locator("#problems tbody td")).hasText(new String[] {"6", "Start date and time", "Not a date and time"});

            page.click("a:has-text('See the network')");
            assertThat(page.locator("#network")).hasAttribute("data-loaded", "true");
            assertThat(page.locator("#network-status")).containsText("Showing 5 of 5 entities");
            assertThat(page.locator("#network canvas").first()).isAttached();
            assertThat(page.locator("#network-table tbody tr")).hasCount(5);

            page.fill("#numbers", "+91 94000 00001\n+91 94000 00002");
            page.click("button:has-text('Find common contacts')");
            assertThat(page.locator("#common-contacts .common-number")).hasText(new String[] {"+919400000010"});

            page.fill("#path-from", "+919400000011");
            page.fill("#path-to", "+919400000012");
            page.click("button:has-text('Show path')");
            assertThat(page.locator("#path-result li")).hasCount(5);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/investigation-network.png")).setFullPage(true));

            Download download = page.waitForDownload(() -> page.click("#export-graphml"));
            Path graphml = download.path();
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(graphml.toFile());
            assertThat(document.getDocumentElement().getLocalName()).isEqualTo("graphml");
            assertThat(document.getElementsByTagName("node").getLength()).isEqualTo(5);
            assertThat(download.suggestedFilename()).endsWith(".graphml");
            page.click("nav.languages a[lang=bn]");
            assertThat(page.locator("h1")).containsText("নেটওয়ার্ক");
            assertThat(page.locator("#network")).hasAttribute("data-loaded", "true");
            page.click("nav.languages a[lang=en]");
            assertThat(cspViolations).isEmpty();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

}

package org.lantern.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInstance;
import org.lantern.identity.Role;
import org.lantern.identity.Totp;
import org.lantern.identity.UserAdministration;
import org.lantern.support.HeadlessChromium;
import org.lantern.support.LanternTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new user's first minutes, in headless Chromium: first sign-in with a one-time password, the forced
 * password change, two-factor enrolment and sign-in, a wrong password and the lockout, the language switch.
 */
@LanternTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInJourneyTest {


    @LocalServerPort int port;
    @Autowired UserAdministration administration;

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();
    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openPage() {
        context = chromium.browser().newContext();
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void administratorsFirstSignInChangesPasswordAndEnrolsTwoFactor() {
        var created = administration.create("first.admin", "First Administrator", Set.of(Role.ADMINISTRATOR), null, true);

        signIn("first.admin", created.oneTimePassword());
        assertThat(page).hasURL(url("/account/password"));
        page.fill("#currentPassword", created.oneTimePassword());
        page.fill("#newPassword", "password1234");
        page.fill("#confirmPassword", "password1234");
        page.click("button[type=submit].primary");
        assertThat(page.locator(".field-error")).containsText("too common");

        page.fill("#currentPassword", created.oneTimePassword());
        page.fill("#newPassword", "lamplight over the hooghly river");
        page.fill("#confirmPassword", "lamplight over the hooghly river");
        page.click("button[type=submit].primary");

        assertThat(page).hasURL(url("/account/two-factor"));
        page.navigate(url("/admin/users"));
        assertThat(page).hasURL(url("/account/two-factor")); // nothing else until the second factor is set up
        byte[] secret = Totp.fromBase32(page.textContent("#totp-secret"));
        page.fill("#code", Totp.codeAt(secret, Instant.now()));
        page.click("button[type=submit].primary");
        assertThat(page).hasURL(url("/"));
        assertThat(page.locator(".mainnav")).containsText("Users");

        page.click("button:has-text('Sign out')");
        signIn("first.admin", "lamplight over the hooghly river");
        assertThat(page).hasURL(url("/signin/two-factor"));
        page.fill("#code", "000000");
        page.click("button[type=submit].primary");
        assertThat(page.locator(".error")).isVisible();
        page.fill("#code", Totp.codeAt(secret, Instant.now().plusSeconds(30)));
        page.click("button[type=submit].primary");
        assertThat(page).hasURL(url("/"));
        page.navigate(url("/admin/users"));
        assertThat(page.locator("h1")).hasText("Users");
    }

    @Test
    void wrongPasswordsLockTheAccount() {
        var created = administration.create("locked.out", "Locked Out", Set.of(Role.CASEWORKER), null, true);
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn("locked.out", "not the password " + attempt);
            assertThat(page.locator(".error")).containsText("Wrong username or password");
        }
        signIn("locked.out", "not the password 5");
        assertThat(page.locator(".error")).containsText("locked");
        signIn("locked.out", created.oneTimePassword());
        assertThat(page.locator(".error")).containsText("locked");
        assertThat(page).hasURL(url("/signin?locked"));
    }

    @Test
    void theInterfaceSpeaksHindiAndBengali() {
        page.navigate(url("/signin"));
        assertThat(page.locator("h1")).hasText("Sign in");
        page.click("nav.languages a[lang=hi]");
        assertThat(page.locator("h1")).hasText("साइन इन");
        assertThat(page.locator("html")).hasAttribute("lang", "hi");
        page.click("nav.languages a[lang=bn]");
        assertThat(page.locator("h1")).hasText("সাইন ইন");
        page.navigate(url("/signin"));
        assertThat(page.locator("h1")).hasText("সাইন ইন"); // remembered
        page.click("nav.languages a[lang=en]");
        assertThat(page.locator("h1")).hasText("Sign in");
    }

    private void signIn(String username, String password) {
        page.navigate(url("/signin"));
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("button[type=submit].primary");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

}

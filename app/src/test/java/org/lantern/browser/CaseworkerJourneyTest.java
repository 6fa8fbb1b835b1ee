package org.lantern.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A caseworker's whole case, in headless Chromium and through the pages only: registration of a survivor
 * found in a rescue operation, consent, the care plan with a shelter placement and counselling, follow-ups
 * (one overdue on the dashboard), closure approved by the office's programme manager, and a colleague
 * outside the case team turned away at the door, with the refusal in the audit trail.
 */
@LanternTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseworkerJourneyTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String LATIN_NAME = "Shirin Akter";
    private static final String BENGALI_NAME = "শিরিন আক্তার";

    @LocalServerPort int port;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock; // the application's "today" (UTC), which decides what is overdue

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @Test
    void aCaseFromRescueToClosure() {
        String office = "Journey-" + UUID.randomUUID().toString().substring(0, 8);
        SignedInUser caseworker = users.create(PASSWORD, office, Role.CASEWORKER);
        SignedInUser manager = users.create(PASSWORD, office, Role.PROGRAMME_MANAGER);
        SignedInUser outsider = users.create(PASSWORD, office, Role.CASEWORKER);
        String shelterName = "Asha Niwas " + office;
        LocalDate today = LocalDate.now(clock);

        try (BrowserContext workerContext = chromium.browser().newContext(); BrowserContext managerContext = chromium.browser().newContext()) {
            Page manage = signedIn(managerContext, manager);
            registerShelter(manage, shelterName);

            Page work = signedIn(workerContext, caseworker);
            UUID caseId = registerSurvivor(work);
            String reference = work.locator("h1 span").first().textContent().strip();

            recordConsent(work, "SERVICES", today);
            recordConsent(work, "TRACING", today);
            Locator consents = work.locator("#csPurpose").locator("xpath=ancestor::div[contains(@class,'card')]");
            assertThat(consents.locator("tbody tr")).hasCount(2);
            assertThat(consents).containsText("Receiving services");
            assertThat(consents).containsText("Tracing");

            // The aftercare page, reached from the case page.
            work.click("nav a:has-text('Aftercare')");
            assertThat(work).hasURL(url("/cases/" + caseId + "/care"));
            assertThat(work.locator("h1")).hasText("Aftercare");
            buildCarePlan(work, shelterName, today);
            screenshot(work, "care-plan-submitted");

            // Two follow-ups: the home visit was due yesterday (scheduling a past date is allowed, as a visit
            // that was missed still has to be done), the phone call in three days.
            scheduleFollowUp(work, "HOME_VISIT", today.minusDays(1));
            scheduleFollowUp(work, "PHONE", today.plusDays(3));
            Locator followUps = work.locator("#follow-ups tbody tr");
            assertThat(followUps).hasCount(2);
            assertThat(followUps.filter(new Locator.FilterOptions().setHasText("Home visit")).locator(".tag.danger"))
                    .hasText("Overdue");

            work.click(".mainnav a:has-text('Follow-ups')");
            assertThat(work).hasURL(url("/aftercare/follow-ups"));
            Locator overdue = work.locator("#overdue + table tbody tr");
            assertThat(overdue).hasCount(1);
            assertThat(overdue).containsText("Home visit");
            assertThat(overdue).containsText(today.minusDays(1).toString());
            assertThat(overdue.locator(".tag.danger")).hasText("Overdue");
            Locator dueSoon = work.locator("#due + table tbody tr");
            assertThat(dueSoon).hasCount(1);
            assertThat(dueSoon).containsText("Phone call");
            screenshot(work, "follow-up-dashboard");

            // The case workflow: assessed, then the case plan goes to the manager.
            overdue.locator("a:has-text('Open the case')").click();
            assertThat(work).hasURL(url("/cases/" + caseId + "/care#follow-ups"));
            work.click("#case-link");
            assertThat(work).hasURL(url("/cases/" + caseId));
            work.click("button:has-text('Move on to: Assessed')");
            assertThat(work.locator(".row .tag.ok").first()).hasText("Assessed");
            work.click("button:has-text('Ask a manager to approve: Case plan')");
            assertThat(work.locator(".row .tag.warn")).containsText("Case plan");

            // The manager approves the care plan on the aftercare page; that one decision also settles the case
            // workflow's case-plan request, so it is not asked twice.
            manage.navigate(url("/cases/" + caseId + "/care"));
            assertThat(manage.locator("#plan .tag").first()).hasText("Waiting for approval");
            manage.click("#plan button:has-text('Approve the plan')");
            assertThat(manage.locator("#plan .tag").first()).hasText("Approved");

            // The caseworker sees the approvals, moves the survivor into care and asks to close the case.
            work.navigate(url("/cases/" + caseId));
            assertThat(work.locator(".row .tag.ok").first()).hasText("Care planned");
            work.click("button:has-text('Move on to: In care')");
            assertThat(work.locator(".row .tag.ok").first()).hasText("In care");

            // Closing is refused while she is still in the shelter and visits are still to be made; the case
            // page says so before and after the attempt.
            assertThat(work.locator("#closure-open"))
                    .hasText("Before the case can be closed, finish: 1 open shelter placement, 2 follow-ups still to do");
            work.click("button:has-text('Ask to close the case')");
            assertThat(work.locator("p.error")).hasText(
                    "Approval: the case cannot be closed while aftercare is open: 1 open shelter placement, 2 follow-ups still to do");
            assertThat(work.locator(".row .tag.warn")).hasCount(0);
            finishAftercare(work, caseId, today);
            work.navigate(url("/cases/" + caseId));
            assertThat(work.locator("#closure-open")).hasCount(0);
            work.click("button:has-text('Ask to close the case')");
            assertThat(work.locator(".row .tag.warn")).containsText("Closure");

            approveInQueue(manage, reference, "Closure");
            manage.navigate(url("/cases/" + caseId));
            assertThat(manage.locator(".row .tag.ok").first()).hasText("Closed");
            assertThat(manage.locator(".row .tag.warn")).hasCount(0);
            screenshot(manage, "case-closed");

            work.reload();
            assertThat(work.locator(".row .tag.ok").first()).hasText("Closed");

            // A caseworker of the same office who is not on the team is turned away, and it is on record.
            try (BrowserContext outsiderContext = chromium.browser().newContext()) {
                Page outside = signedIn(outsiderContext, outsider);
                Response response = outside.navigate(url("/cases/" + caseId));
                assertThat(response.status()).isEqualTo(403);
                assertThat(outside.locator(".status")).hasText("403");
                assertThat(outside.locator("section")).containsText("You do not have access");
                assertThat(outside.locator("body")).not().containsText(LATIN_NAME);
                screenshot(outside, "refused");
            }
            long refusals = jdbc.sql("""
                    SELECT count(*) FROM audit_event
                     WHERE action = 'ACCESS_DENIED' AND subject_type = 'case' AND subject_id = :caseId AND actor_id = :actor
                    """).param("caseId", caseId.toString()).param("actor", outsider.id()).query(Long.class).single();
            assertThat(refusals).isPositive();
        }
    }

    private void registerShelter(Page page, String name) {
        page.click(".mainnav a:has-text('Shelters')");
        assertThat(page).hasURL(url("/aftercare/shelters"));
        page.fill("#shelter-name", name);
        page.fill("#shelter-district", "North 24 Parganas");
        page.fill("#shelter-state", "West Bengal");
        page.selectOption("#shelter-country", "IN");
        page.fill("#shelter-capacity", "12");
        page.check("input[name=residents][value=GIRLS]");
        page.fill("#shelter-person", "Superintendent");
        page.fill("#shelter-phone", "+91 33 0000 0000");
        page.click("button:has-text('Register shelter')");
        assertThat(page.locator(".notice")).hasText("Saved.");
        assertThat(page.locator("table tbody tr", new Page.LocatorOptions().setHasText(name))).containsText("0 of 12");
    }

    /** Registers the survivor as a caseworker would, tripping over two required fields on the way. */
    private UUID registerSurvivor(Page page) {
        page.click(".mainnav a:has-text('Cases')");
        page.click("a:has-text('Register a survivor')");
        assertThat(page).hasURL(url("/cases/new"));
        page.fill("#name", LATIN_NAME);
        page.selectOption("#nameScript", "LATIN");
        page.fill("#alias", BENGALI_NAME);
        page.selectOption("#aliasKind", "OFFICIAL");
        page.selectOption("#sex", "FEMALE");
        page.fill("#estimatedAge", "16");
        page.check("input[name=languages][value=bn]");
        page.check("input[name=languages][value=hi]");
        page.selectOption("#nationality", "BD");
        page.fill("#village", "Char Kukri Mukri");
        page.fill("#district", "Bhola");
        page.selectOption("#country", "BD");
        page.fill("#contactName", "Rahima Begum");
        page.fill("#contactRelationship", "Mother");
        page.fill("#identifiedOn", LocalDate.now().minusDays(2).toString());
        page.selectOption("#traffickingStatus", "ACTUAL");
        page.check("input[name=exploitation][value=SEXUAL]");

        // How she was identified is left out: the browser holds the form back and says which field.
        page.click("button:has-text('Register')");
        assertThat(page).hasURL(url("/cases/new"));
        assertThat(page.locator("#identifiedHow:invalid")).hasCount(1);
        screenshot(page, "registration-incomplete");

        // Trafficking decided as actual but not by whom: the server names the field and keeps what was typed.
        page.selectOption("#identifiedHow", "RESCUE_OPERATION");
        page.click("button:has-text('Register')");
        assertThat(page.locator("#problem")).hasText("Decided by: is required when trafficking is actual");
        assertThat(page.locator("#statusDecidedBy")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#name")).hasValue(LATIN_NAME);
        assertThat(page.locator("#alias")).hasValue(BENGALI_NAME);

        page.fill("#statusDecidedBy", "Anti-Human Trafficking Unit, Petrapole");
        page.click("button:has-text('Register')");
        assertThat(page).hasURL(Pattern.compile(".*/cases/[0-9a-f-]{36}\\?notice=registered$"));
        assertThat(page.locator(".notice")).hasText("The survivor is registered and the case is open.");
        assertThat(page.locator("h1")).containsText(LATIN_NAME);
        assertThat(page.locator(".row .tag.ok").first()).hasText("Identified");
        Locator names = page.locator("table tbody tr", new Page.LocatorOptions().setHasText(BENGALI_NAME));
        assertThat(names).containsText("Bengali");
        screenshot(page, "case-registered");
        String path = page.url().substring(url("/cases/").length(), url("/cases/").length() + 36);
        return UUID.fromString(path);
    }

    private void recordConsent(Page page, String purpose, LocalDate givenOn) {
        page.selectOption("#csPurpose", purpose);
        page.fill("#csOn", givenOn.toString());
        page.selectOption("#csMethod", "WRITTEN");
        page.click("button:has-text('Record consent')");
        assertThat(page.locator(".notice")).hasText("Saved.");
    }

    private void buildCarePlan(Page page, String shelterName, LocalDate today) {
        page.fill("#goal-description", "Safe return to school and to her family in Bhola");
        page.fill("#goal-target", today.plusMonths(6).toString());
        page.click("#plan button:has-text('Add goal')");
        assertThat(page.locator("#plan tbody tr").first()).containsText("Safe return to school");

        page.selectOption("#service-kind", "COUNSELLING");
        page.fill("#service-details", "Weekly trauma counselling in Bengali");
        page.fill("#service-start", today.toString());
        page.click("#plan button:has-text('Add service')");
        assertThat(page.locator("#plan tbody tr", new Page.LocatorOptions().setHasText("Counselling")))
                .containsText("Weekly trauma counselling");

        Locator shelter = page.locator("#placement-shelter option", new Page.LocatorOptions().setHasText(shelterName));
        page.selectOption("#placement-shelter", shelter.getAttribute("value"));
        page.fill("#placement-start", today.toString());
        page.click("#placements button:has-text('Place in this shelter')");
        assertThat(page.locator("#placements tbody tr")).containsText(shelterName);

        page.click("#plan button:has-text('Submit for approval')");
        assertThat(page.locator("#plan .tag").first()).hasText("Waiting for approval");
    }

    /** Ends the shelter placement (it began today, so it ends tomorrow at the earliest) and does every follow-up. */
    private void finishAftercare(Page page, UUID caseId, LocalDate today) {
        page.navigate(url("/cases/" + caseId + "/care"));
        page.locator("#placements input[name=endDate]").fill(today.plusDays(1).toString());
        page.click("#placements button:has-text('End placement')");
        assertThat(page.locator(".notice")).hasText("Saved.");
        for (int left = 2; left > 0; left--) {
            Locator open = page.locator("#follow-ups form:has(button:has-text('Mark as done'))");
            assertThat(open).hasCount(left);
            open.first().locator("textarea[name=outcome]").fill("Visited; she is settled at home");
            open.first().locator("button:has-text('Mark as done')").click();
            assertThat(page.locator(".notice")).hasText("Saved.");
        }
    }

    private void scheduleFollowUp(Page page, String kind, LocalDate due) {
        page.selectOption("#fu-kind", kind);
        page.fill("#fu-due", due.toString());
        page.click("#follow-ups button:has-text('Schedule follow-up')");
        assertThat(page.locator(".notice")).hasText("Saved.");
    }

    private void approveInQueue(Page page, String reference, String kind) {
        page.navigate(url("/cases/approvals"));
        Locator row = page.locator("table tbody tr", new Page.LocatorOptions().setHasText(reference));
        assertThat(row).hasCount(1);
        assertThat(row).containsText(kind);
        row.locator("input[name=comment]").fill("Discussed with the caseworker");
        row.locator("button:has-text('Approve')").click();
        assertThat(page.locator(".notice")).hasText("Decision recorded.");
        assertThat(page.locator("table tbody tr", new Page.LocatorOptions().setHasText(reference))).hasCount(0);
    }

    private Page signedIn(BrowserContext context, SignedInUser user) {
        Page page = context.newPage();
        page.navigate(url("/signin"));
        page.fill("#username", user.username());
        page.fill("#password", PASSWORD);
        page.click("button[type=submit].primary");
        assertThat(page).hasURL(url("/"));
        return page;
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "journey-" + name + ".png")).setFullPage(true));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}

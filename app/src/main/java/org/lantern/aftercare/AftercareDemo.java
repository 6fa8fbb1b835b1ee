package org.lantern.aftercare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.lantern.identity.UserAccount;
import org.lantern.identity.UserAccounts;
import org.lantern.protection.FieldProtector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With {@code --lantern.demo=true}: synthetic shelters in the cities where the organisation works, once, on
 * a data directory without shelters; and, when the cases module has demo cases, draft care plans with a
 * goal and a follow-up for a few of them. Names and numbers are invented.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "lantern.demo", havingValue = "true")
class AftercareDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AftercareDemo.class);

    record DemoShelter(String name, String district, String state, String country, int capacity, String residents,
            String contactPerson) {
    }

    static final List<DemoShelter> SHELTERS = List.of(
            new DemoShelter("Aalo Girls' Home", "Kolkata", "West Bengal", "IN", 40, "GIRLS", "Superintendent"),
            new DemoShelter("Nabajiban Women's Shelter", "Kolkata", "West Bengal", "IN", 25, "WOMEN", "Warden"),
            new DemoShelter("Dishari Transit Home", "Kolkata", "West Bengal", "IN", 12, "GIRLS,WOMEN", "Duty officer"),
            new DemoShelter("Ganga Children's Home", "Howrah", "West Bengal", "IN", 30, "BOYS", "Superintendent"),
            new DemoShelter("Sakhi Short Stay Home", "Howrah", "West Bengal", "IN", 15, "WOMEN", "Counsellor in charge"),
            new DemoShelter("Asha Sadan Mumbai", "Mumbai", "Maharashtra", "IN", 50, "GIRLS,WOMEN", "Superintendent"),
            new DemoShelter("Navjeevan Boys' Home", "Mumbai", "Maharashtra", "IN", 20, "BOYS", "Warden"),
            new DemoShelter("Nirmal Chhaya Home", "New Delhi", "Delhi", "IN", 60, "GIRLS,WOMEN", "Superintendent"),
            new DemoShelter("Aparajita Shelter", "Dhaka", "Dhaka Division", "BD", 35, "GIRLS,WOMEN", "Shelter manager"),
            new DemoShelter("Shishu Nibash Mirpur", "Dhaka", "Dhaka Division", "BD", 25, "BOYS,GIRLS", "Caretaker"),
            new DemoShelter("Benapole Transit Centre", "Jessore", "Khulna Division", "BD", 18, "GIRLS,WOMEN,BOYS", "Duty officer"),
            new DemoShelter("Jessore Women's Refuge", "Jessore", "Khulna Division", "BD", 20, "WOMEN", "Shelter manager"));

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final FieldProtector fields;

    AftercareDemo(JdbcClient jdbc, UserAccounts accounts, FieldProtector fields) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.fields = fields;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM shelter").query(Long.class).single() > 0) {
            return;
        }
        seedShelters();
        seedCarePlans();
    }

    void seedShelters() {
        for (DemoShelter shelter : SHELTERS) {
            jdbc.sql("""
                    INSERT INTO shelter (id, name, district, state, country, capacity, residents, contact_person, contact_phone)
                    VALUES (:id, :name, :district, :state, :country, :capacity, string_to_array(:residents, ','), :person, :phone)
                    """).param("id", UUID.randomUUID()).param("name", shelter.name()).param("district", shelter.district())
                    .param("state", shelter.state()).param("country", shelter.country()).param("capacity", shelter.capacity())
                    .param("residents", shelter.residents()).param("person", shelter.contactPerson())
                    .param("phone", shelter.country().equals("IN") ? "+91 00000 00000" : "+880 0000 000000").update();
        }
        log.info("Demo: registered {} synthetic shelters", SHELTERS.size());
    }

    /** Draft plans for a few demo cases, if the cases module is installed and has cases. */
    void seedCarePlans() {
        boolean casesInstalled = jdbc.sql("SELECT to_regclass('survivor_case') IS NOT NULL").query(Boolean.class).single();
        Optional<UserAccount> asha = accounts.byUsername("asha");
        if (!casesInstalled || asha.isEmpty()) {
            return;
        }
        List<UUID> caseIds = jdbc.sql("""
                SELECT c.id FROM survivor_case c WHERE NOT EXISTS (SELECT 1 FROM care_plan p WHERE p.case_id = c.id)
                ORDER BY c.id LIMIT 5
                """).query(UUID.class).list();
        LocalDate today = LocalDate.now();
        String[] goals = {"Safe and stable housing for the next six months", "Back in school for the new term",
                "Tailoring course completed and first income earned", "Medical check-up and follow-up treatment",
                "Family visit prepared with the district child protection unit"};
        for (int i = 0; i < caseIds.size(); i++) {
            UUID caseId = caseIds.get(i);
            UUID planId = UUID.randomUUID();
            UUID goalId = UUID.randomUUID();
            jdbc.sql("INSERT INTO care_plan (id, case_id, created_by) VALUES (:id, :caseId, :user)")
                    .param("id", planId).param("caseId", caseId).param("user", asha.get().id()).update();
            jdbc.sql("INSERT INTO care_goal (id, plan_id, description, target_date) VALUES (:id, :plan, :description, :target)")
                    .param("id", goalId).param("plan", planId)
                    .param("description", fields.seal(AftercareColumns.GOAL_DESCRIPTION, goalId, goals[i % goals.length]))
                    .param("target", today.plusMonths(3 + i)).update();
            jdbc.sql("""
                    INSERT INTO follow_up (id, case_id, plan_id, kind, due_date, assigned_to, created_by)
                    VALUES (:id, :caseId, :plan, :kind, :due, :user, :user)
                    """).param("id", UUID.randomUUID()).param("caseId", caseId).param("plan", planId)
                    .param("kind", FollowUpKind.values()[i % FollowUpKind.values().length].name())
                    .param("due", today.plusDays(i * 3L - 4)).param("user", asha.get().id()).update();
        }
        log.info("Demo: drafted care plans for {} cases", caseIds.size());
    }
}

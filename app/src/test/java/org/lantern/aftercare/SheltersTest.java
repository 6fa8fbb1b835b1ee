package org.lantern.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.aftercare.support.TestCaseAccess;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.support.LanternTest;
import org.lantern.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@LanternTest
class SheltersTest {

    @Autowired Shelters shelters;
    @Autowired org.lantern.platform.web.InputProblems problems;
    @Autowired TestUsers users;
    @Autowired TestCaseAccess cases;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void placingIntoAFullShelterIsRefusedNamingTheField() {
        SignedInUser manager = users.create(Role.PROGRAMME_MANAGER);
        SignedInUser caseworker = users.create(Role.CASEWORKER);
        TestUsers.signIn(caseworker);
        assertThatThrownBy(() -> shelters.register(form("Small House " + UUID.randomUUID(), 2)))
                .isInstanceOf(AccessDeniedException.class);

        TestUsers.signIn(manager);
        String name = "Asha Kiran Home " + UUID.randomUUID();
        UUID shelterId = shelters.register(form(name, 2));
        assertThatThrownBy(() -> shelters.register(form("No capacity", 0)))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("capacity");

        TestUsers.signIn(caseworker);
        LocalDate today = LocalDate.now();
        UUID first = cases.newCase(caseworker);
        UUID second = cases.newCase(caseworker);
        UUID third = cases.newCase(caseworker);
        UUID firstPlacement = shelters.place(first, shelterId, today);
        shelters.place(second, shelterId, today);
        assertThat(shelters.byId(shelterId).occupancy()).isEqualTo(2);
        assertThat(shelters.byId(shelterId).full()).isTrue();

        assertThatThrownBy(() -> shelters.place(third, shelterId, today))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    assertThat(((InvalidInputException) e).field()).isEqualTo("shelterId");
                    assertThat(((InvalidInputException) e).key()).isEqualTo("aftercare.error.shelterFull");
                    assertThat(problems.text((InvalidInputException) e, java.util.Locale.ENGLISH))
                            .isEqualTo("Shelter " + name + " is full: all 2 places are taken from " + today + ". Choose another shelter.");
                });
        assertThatThrownBy(() -> shelters.place(first, shelterId, today))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("caseId");

        shelters.endPlacement(first, firstPlacement, today.plusDays(1));
        shelters.place(third, shelterId, today.plusDays(1));
        assertThat(shelters.placements(third)).singleElement().satisfies(p -> assertThat(p.shelterName()).isEqualTo(name));

        TestUsers.signIn(manager);
        assertThatThrownBy(() -> shelters.update(shelterId, form(name, 1)))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("capacity");
    }

    private static Shelter.Form form(String name, int capacity) {
        return new Shelter.Form(name, "Kolkata", "West Bengal", "IN", capacity, EnumSet.of(ResidentKind.GIRLS),
                "Superintendent", "+91 33 0000 0000");
    }
}

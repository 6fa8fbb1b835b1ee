package org.lantern.aftercare.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.lantern.identity.UserAccounts;
import org.springframework.stereotype.Component;

/** The active users a follow-up can be assigned to or counselling notes shared with. */
@Component
class Colleagues {

    record Colleague(UUID id, String displayName, String office) {
    }

    private final UserAccounts accounts;

    Colleagues(UserAccounts accounts) {
        this.accounts = accounts;
    }

    List<Colleague> active() {
        return accounts.all().stream().filter(account -> account.enabled() && !account.roles().isEmpty())
                .map(account -> new Colleague(account.id(), account.displayName(), account.office()))
                .sorted(Comparator.comparing(Colleague::displayName)).toList();
    }
}

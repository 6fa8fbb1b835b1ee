package org.lantern.support;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.identity.UserAccounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates users for tests and signs them in on the current thread (for service-level tests). */
@Component
public class TestUsers {

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;

    TestUsers(UserAccounts accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** A fresh user with the given roles and password, no pending sign-in steps. */
    public SignedInUser create(String password, String office, Role... roles) {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        Set<Role> set = EnumSet.copyOf(List.of(roles));
        UUID id = accounts.create(username, "Test " + username, passwords.encode(password), false, set, office);
        return new SignedInUser(id, username, "Test " + username, set, office, List.of());
    }

    public SignedInUser create(Role... roles) {
        return create("correct horse battery staple", "Kolkata", roles);
    }

    /** Makes {@code user} the actor of the current thread, as a completed sign-in would. */
    public static void signIn(SignedInUser user) {
        var authorities = new java.util.ArrayList<SimpleGrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority(SignedInUser.SIGNED_IN));
        user.roles().forEach(role -> {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.authority())));
        });
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}

package org.lantern.identity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.lantern.platform.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The principal of a signed-in session or API token. Until every pending {@link SignInStep} is done,
 * it grants nothing but the right to finish signing in.
 */
public record SignedInUser(UUID id, String username, String displayName, Set<Role> roles, String office,
        List<SignInStep> pendingSteps) implements Actor, Serializable {

    /** Held once sign-in is complete; every page but the sign-in steps requires it. */
    public static final String SIGNED_IN = "SIGNED_IN";
    static final String SIGN_IN_PENDING = "SIGN_IN_PENDING";

    public boolean has(Permission permission) {
        return pendingSteps.isEmpty() && roles.stream().anyMatch(role -> role.permissions().contains(permission));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    SignedInUser withoutStep(SignInStep done) {
        List<SignInStep> remaining = new ArrayList<>(pendingSteps);
        remaining.remove(done);
        return new SignedInUser(id, username, displayName, roles, office, List.copyOf(remaining));
    }

    List<GrantedAuthority> authorities() {
        if (!pendingSteps.isEmpty()) {
            return List.of(new SimpleGrantedAuthority(SIGN_IN_PENDING));
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(SIGNED_IN));
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (Role role : roles) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            permissions.addAll(role.permissions());
        }
        permissions.forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission.authority())));
        return authorities;
    }
}

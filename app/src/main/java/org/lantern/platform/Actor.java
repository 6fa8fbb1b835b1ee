package org.lantern.platform;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting: a signed-in person, an API token's owner, or the system itself. */
public interface Actor {

    UUID id();

    String username();

    /** The actor of the current request, if someone is signed in. */
    static Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }
}

package org.lantern.cases;

import java.util.UUID;

import org.lantern.identity.RecordAccess;
import org.lantern.identity.SignedInUser;
import org.lantern.support.TestUsers;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Asks RecordAccess on behalf of another user, then restores whoever was signed in. */
@Component
class RecordAccessProbe {

    private final RecordAccess access;

    RecordAccessProbe(RecordAccess access) {
        this.access = access;
    }

    boolean canView(SignedInUser user, UUID caseId) {
        var previous = SecurityContextHolder.getContext();
        TestUsers.signIn(user);
        try {
            return access.canView("case", caseId);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}

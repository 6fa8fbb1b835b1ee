package org.lantern.aftercare.support;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.lantern.identity.RecordAccessRule;
import org.lantern.identity.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Stands in for the cases module's rule in this module's tests: only users listed here may see or change
 * a case. Once the cases module is on the classpath its rule answers for "case", and this one steps aside
 * under an unused record type (RecordAccess allows one rule per type).
 */
@Component
public class TestCaseAccess implements RecordAccessRule {

    static final boolean CASES_MODULE_PRESENT = ClassUtils.isPresent("org.lantern.cases.CaseAccessRule",
            TestCaseAccess.class.getClassLoader());

    private final Map<String, Set<UUID>> viewers = new ConcurrentHashMap<>();
    private final Map<String, Set<UUID>> editors = new ConcurrentHashMap<>();

    @Override
    public String recordType() {
        return CASES_MODULE_PRESENT ? "aftercare-test-unused" : "case";
    }

    /** A new case id that {@code editors} may change and {@code viewers} may see. */
    public UUID newCase(SignedInUser... editorsAndViewers) {
        UUID caseId = UUID.randomUUID();
        for (SignedInUser user : editorsAndViewers) {
            allowEdit(caseId, user);
        }
        return caseId;
    }

    public void allowView(UUID caseId, SignedInUser user) {
        viewers.computeIfAbsent(caseId.toString(), k -> ConcurrentHashMap.newKeySet()).add(user.id());
    }

    public void allowEdit(UUID caseId, SignedInUser user) {
        allowView(caseId, user);
        editors.computeIfAbsent(caseId.toString(), k -> ConcurrentHashMap.newKeySet()).add(user.id());
    }

    @Override
    public boolean canView(SignedInUser user, String recordId) {
        return viewers.getOrDefault(recordId, Set.of()).contains(user.id());
    }

    @Override
    public boolean canEdit(SignedInUser user, String recordId) {
        return editors.getOrDefault(recordId, Set.of()).contains(user.id());
    }
}

package org.lantern.tracing;

import org.lantern.protection.ProtectedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The encrypted columns of the tracing tables, declared so that key rotation re-encrypts them. */
@Configuration(proxyBeanMethods = false)
class TracingColumns {

    static final ProtectedColumn MISSING_NAMES = new ProtectedColumn("missing_report", "id", "names");
    static final ProtectedColumn MISSING_FATHER = new ProtectedColumn("missing_report", "id", "father_name");
    static final ProtectedColumn MISSING_PHONE = new ProtectedColumn("missing_report", "id", "phone");
    static final ProtectedColumn MISSING_REPORTER = new ProtectedColumn("missing_report", "id", "reporter_contact");
    static final ProtectedColumn FOUND_NAMES = new ProtectedColumn("found_person", "id", "names");
    static final ProtectedColumn FOUND_FATHER = new ProtectedColumn("found_person", "id", "father_name");
    static final ProtectedColumn FOUND_PHONE = new ProtectedColumn("found_person", "id", "phone");
    static final ProtectedColumn CANDIDATE_REASON = new ProtectedColumn("match_candidate", "id", "reason");

    @Bean ProtectedColumn missingNames() { return MISSING_NAMES; }
    @Bean ProtectedColumn missingFatherName() { return MISSING_FATHER; }
    @Bean ProtectedColumn missingPhone() { return MISSING_PHONE; }
    @Bean ProtectedColumn missingReporterContact() { return MISSING_REPORTER; }
    @Bean ProtectedColumn foundNames() { return FOUND_NAMES; }
    @Bean ProtectedColumn foundFatherName() { return FOUND_FATHER; }
    @Bean ProtectedColumn foundPhone() { return FOUND_PHONE; }
    @Bean ProtectedColumn candidateReason() { return CANDIDATE_REASON; }
}

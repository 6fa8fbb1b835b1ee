package org.lantern.cases;

import org.lantern.protection.ProtectedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The encrypted columns of the cases module; key rotation re-encrypts each of them. */
@Configuration(proxyBeanMethods = false)
class CasesColumns {

    static final ProtectedColumn PERSON_DOB = new ProtectedColumn("person", "id", "date_of_birth");
    static final ProtectedColumn PERSON_VILLAGE = new ProtectedColumn("person", "id", "address_village");
    static final ProtectedColumn PERSON_MARKS = new ProtectedColumn("person", "id", "identifying_marks");
    static final ProtectedColumn NAME = new ProtectedColumn("person_name", "id", "name");
    static final ProtectedColumn CONTACT_NAME = new ProtectedColumn("contact_person", "id", "name");
    static final ProtectedColumn CONTACT_DETAILS = new ProtectedColumn("contact_person", "id", "details");
    static final ProtectedColumn EVENT_PLACE = new ProtectedColumn("trafficking_event", "id", "place");
    static final ProtectedColumn APPROVAL_COMMENT = new ProtectedColumn("case_approval", "id", "comment");
    static final ProtectedColumn TRANSFER_REASON = new ProtectedColumn("case_transfer", "id", "reason");
    static final ProtectedColumn CHANGE_OLD = new ProtectedColumn("case_change", "id", "old_value");
    static final ProtectedColumn CHANGE_NEW = new ProtectedColumn("case_change", "id", "new_value");

    @Bean ProtectedColumn personDateOfBirth() { return PERSON_DOB; }
    @Bean ProtectedColumn personVillage() { return PERSON_VILLAGE; }
    @Bean ProtectedColumn personMarks() { return PERSON_MARKS; }
    @Bean ProtectedColumn personNameValue() { return NAME; }
    @Bean ProtectedColumn contactName() { return CONTACT_NAME; }
    @Bean ProtectedColumn contactDetails() { return CONTACT_DETAILS; }
    @Bean ProtectedColumn eventPlace() { return EVENT_PLACE; }
    @Bean ProtectedColumn approvalComment() { return APPROVAL_COMMENT; }
    @Bean ProtectedColumn transferReason() { return TRANSFER_REASON; }
    @Bean ProtectedColumn changeOldValue() { return CHANGE_OLD; }
    @Bean ProtectedColumn changeNewValue() { return CHANGE_NEW; }
}

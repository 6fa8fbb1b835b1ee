package org.lantern.aftercare;

import org.lantern.protection.ProtectedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The encrypted columns of this module, declared so that key rotation re-encrypts them. */
@Configuration(proxyBeanMethods = false)
class AftercareColumns {

    static final ProtectedColumn GOAL_DESCRIPTION = new ProtectedColumn("care_goal", "id", "description");
    static final ProtectedColumn SERVICE_DETAILS = new ProtectedColumn("care_service", "id", "details");
    static final ProtectedColumn SERVICE_SCHOOL = new ProtectedColumn("care_service", "id", "school");
    static final ProtectedColumn FOLLOW_UP_OUTCOME = new ProtectedColumn("follow_up", "id", "outcome");
    static final ProtectedColumn COUNSELLING_NOTES = new ProtectedColumn("counselling_session", "id", "notes");
    static final ProtectedColumn SAFETY_PLAN = new ProtectedColumn("risk_assessment", "id", "safety_plan");
    static final ProtectedColumn NOTE_BODY = new ProtectedColumn("case_note", "id", "body");
    static final ProtectedColumn DOCUMENT_NAME = new ProtectedColumn("case_document", "id", "file_name");

    @Bean
    ProtectedColumn careGoalDescription() {
        return GOAL_DESCRIPTION;
    }

    @Bean
    ProtectedColumn careServiceDetails() {
        return SERVICE_DETAILS;
    }

    @Bean
    ProtectedColumn careServiceSchool() {
        return SERVICE_SCHOOL;
    }

    @Bean
    ProtectedColumn followUpOutcome() {
        return FOLLOW_UP_OUTCOME;
    }

    @Bean
    ProtectedColumn counsellingNotes() {
        return COUNSELLING_NOTES;
    }

    @Bean
    ProtectedColumn riskSafetyPlan() {
        return SAFETY_PLAN;
    }

    @Bean
    ProtectedColumn caseNoteBody() {
        return NOTE_BODY;
    }

    @Bean
    ProtectedColumn caseDocumentName() {
        return DOCUMENT_NAME;
    }
}

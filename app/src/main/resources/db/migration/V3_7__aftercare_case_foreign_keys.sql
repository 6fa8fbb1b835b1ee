-- Aftercare rows belong to survivor cases of the cases module.
ALTER TABLE care_plan           ADD CONSTRAINT care_plan_case_fk           FOREIGN KEY (case_id) REFERENCES survivor_case (id);
ALTER TABLE shelter_placement   ADD CONSTRAINT shelter_placement_case_fk   FOREIGN KEY (case_id) REFERENCES survivor_case (id);
ALTER TABLE follow_up           ADD CONSTRAINT follow_up_case_fk           FOREIGN KEY (case_id) REFERENCES survivor_case (id);
ALTER TABLE counselling_session ADD CONSTRAINT counselling_session_case_fk FOREIGN KEY (case_id) REFERENCES survivor_case (id);
ALTER TABLE risk_assessment     ADD CONSTRAINT risk_assessment_case_fk     FOREIGN KEY (case_id) REFERENCES survivor_case (id);
ALTER TABLE case_note           ADD CONSTRAINT case_note_case_fk           FOREIGN KEY (case_id) REFERENCES survivor_case (id);
ALTER TABLE case_document       ADD CONSTRAINT case_document_case_fk       FOREIGN KEY (case_id) REFERENCES survivor_case (id);

-- Module cases: consent of a person, per purpose. A withdrawal is recorded on the row; nothing is deleted.
CREATE TABLE consent (
    id              uuid PRIMARY KEY,
    person_id       uuid        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    purpose         text        NOT NULL,
    given_on        date        NOT NULL,
    method          text        NOT NULL,
    recorded_by     uuid        NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    withdrawn_on    date,
    withdrawn_by    uuid,
    withdrawn_at    timestamptz,
    CONSTRAINT consent_purpose CHECK (purpose IN ('SERVICES', 'DATA_SHARING', 'TRACING', 'RESEARCH')),
    CONSTRAINT consent_method CHECK (method IN ('WRITTEN', 'VERBAL', 'GUARDIAN'))
);
CREATE INDEX consent_person ON consent (person_id, purpose);
-- At most one consent in force per person and purpose.
CREATE UNIQUE INDEX consent_one_in_force ON consent (person_id, purpose) WHERE withdrawn_on IS NULL;

-- For other modules' SQL: join or EXISTS against this view to keep only people who consented, e.g.
--   WHERE EXISTS (SELECT 1 FROM consent_in_force ci WHERE ci.person_id = x.person_id AND ci.purpose = 'TRACING')
CREATE VIEW consent_in_force AS
SELECT person_id, purpose, given_on, method
  FROM consent
 WHERE withdrawn_on IS NULL;

-- Module aftercare: re-trafficking risk assessments (a weighted questionnaire) and safety plans.
CREATE TABLE risk_assessment (
    id          uuid PRIMARY KEY,
    case_id     uuid        NOT NULL,
    assessed_by uuid        NOT NULL REFERENCES app_user (id),
    assessed_on date        NOT NULL,
    answers     text[]      NOT NULL,  -- the items answered "yes"
    score       integer     NOT NULL,
    level       text        NOT NULL CHECK (level IN ('LOW', 'MEDIUM', 'HIGH')),
    safety_plan bytea,                 -- encrypted; required when HIGH
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT high_risk_has_safety_plan CHECK (level <> 'HIGH' OR safety_plan IS NOT NULL)
);
CREATE INDEX risk_assessment_case ON risk_assessment (case_id, assessed_on DESC);

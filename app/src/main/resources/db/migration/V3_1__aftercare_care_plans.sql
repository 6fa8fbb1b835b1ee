-- Module aftercare: care plans of survivors' cases, their goals and services.
-- case_id refers to survivor_case (module cases). The foreign key is added by the migration that
-- brings both modules together; until then the case rule in RecordAccess vouches for each case id.
CREATE TABLE care_plan (
    id            uuid PRIMARY KEY,
    case_id       uuid        NOT NULL UNIQUE,
    status        text        NOT NULL DEFAULT 'DRAFT'
                  CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    created_by    uuid        NOT NULL REFERENCES app_user (id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    submitted_by  uuid REFERENCES app_user (id),
    submitted_at  timestamptz,
    decided_by    uuid REFERENCES app_user (id),
    decided_at    timestamptz,
    return_reason text
);

CREATE TABLE care_goal (
    id          uuid PRIMARY KEY,
    plan_id     uuid        NOT NULL REFERENCES care_plan (id) ON DELETE CASCADE,
    description bytea       NOT NULL, -- encrypted
    target_date date,
    status      text        NOT NULL DEFAULT 'OPEN'
                CHECK (status IN ('OPEN', 'IN_PROGRESS', 'ACHIEVED', 'DROPPED')),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX care_goal_plan ON care_goal (plan_id);

CREATE TABLE care_service (
    id             uuid PRIMARY KEY,
    plan_id        uuid        NOT NULL REFERENCES care_plan (id) ON DELETE CASCADE,
    kind           text        NOT NULL CHECK (kind IN ('SHELTER_PLACEMENT', 'MEDICAL', 'COUNSELLING',
                       'SKILLS_TRAINING', 'LIVELIHOOD', 'EDUCATION', 'LEGAL_AID', 'FAMILY_TRACING', 'REINTEGRATION')),
    status         text        NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED')),
    details        bytea,          -- encrypted: provider, arrangements
    start_date     date,
    school         bytea,          -- encrypted: where a child can be found
    school_class   text,
    enrolment_date date,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT education_has_school CHECK (kind <> 'EDUCATION' OR (school IS NOT NULL AND enrolment_date IS NOT NULL))
);
CREATE INDEX care_service_plan ON care_service (plan_id);

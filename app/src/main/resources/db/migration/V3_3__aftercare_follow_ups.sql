-- Module aftercare: follow-up visits and calls scheduled by a care plan.
CREATE TABLE follow_up (
    id          uuid PRIMARY KEY,
    case_id     uuid        NOT NULL,
    plan_id     uuid REFERENCES care_plan (id) ON DELETE SET NULL,
    kind        text        NOT NULL CHECK (kind IN ('HOME_VISIT', 'PHONE', 'SCHOOL_VISIT', 'MEDICAL_REVIEW')),
    due_date    date        NOT NULL,
    assigned_to uuid        NOT NULL REFERENCES app_user (id),
    done_date   date,
    outcome     bytea,          -- encrypted
    created_by  uuid        NOT NULL REFERENCES app_user (id),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX follow_up_case ON follow_up (case_id);
CREATE INDEX follow_up_open ON follow_up (assigned_to, due_date) WHERE done_date IS NULL;

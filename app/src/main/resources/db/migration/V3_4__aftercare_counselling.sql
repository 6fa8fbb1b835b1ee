-- Module aftercare: counselling sessions. Notes are readable only by their author and by the users she
-- grants; everyone else with access to the case sees only that a session took place.
CREATE TABLE counselling_session (
    id               uuid PRIMARY KEY,
    case_id          uuid        NOT NULL,
    counsellor_id    uuid        NOT NULL REFERENCES app_user (id),
    held_on          date        NOT NULL,
    duration_minutes integer CHECK (duration_minutes BETWEEN 1 AND 600),
    notes            bytea,          -- encrypted
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX counselling_session_case ON counselling_session (case_id);

CREATE TABLE counselling_grant (
    session_id uuid        NOT NULL REFERENCES counselling_session (id) ON DELETE CASCADE,
    user_id    uuid        NOT NULL REFERENCES app_user (id),
    granted_by uuid        NOT NULL REFERENCES app_user (id),
    granted_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, user_id)
);

-- Module tracing: missing-person reports, found or rescued persons, candidate matches and their review.
-- Names, phones and reporter contacts are ciphertext (bytea); districts, states, ages and dates stay plaintext
-- because blocking, lists and filters use them.

CREATE TABLE missing_report (
    id                uuid PRIMARY KEY,
    person_id         uuid        NOT NULL REFERENCES person (id),
    case_id           uuid        REFERENCES survivor_case (id),
    reporter_kind     text        NOT NULL,
    reporter_contact  bytea,          -- encrypted
    names             bytea       NOT NULL, -- encrypted, one name per line, as reported
    father_name       bytea,          -- encrypted
    phone             bytea,          -- encrypted
    sex               text,
    age_low           integer,
    age_high          integer,
    missing_on        date,
    missing_district  text,
    missing_state     text,
    home_district     text,
    home_state        text,
    office            text        NOT NULL,
    linked_case_id    uuid        REFERENCES survivor_case (id),
    created_by        uuid        NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT missing_report_reporter CHECK (reporter_kind IN ('FAMILY', 'POLICE', 'CHILD_WELFARE_COMMITTEE', 'OTHER')),
    CONSTRAINT missing_report_sex CHECK (sex IS NULL OR sex IN ('FEMALE', 'MALE', 'OTHER')),
    CONSTRAINT missing_report_age CHECK (age_low IS NULL OR (age_low BETWEEN 0 AND 120 AND age_high BETWEEN age_low AND 120))
);
CREATE INDEX missing_report_office ON missing_report (office, created_at DESC);
CREATE INDEX missing_report_person ON missing_report (person_id);

CREATE TABLE found_person (
    id                uuid PRIMARY KEY,
    person_id         uuid        NOT NULL REFERENCES person (id),
    case_id           uuid        REFERENCES survivor_case (id),
    source            text        NOT NULL,
    names             bytea       NOT NULL, -- encrypted, one name per line, as told, any script
    father_name       bytea,          -- encrypted
    phone             bytea,          -- encrypted
    sex               text,
    age_low           integer,
    age_high          integer,
    found_on          date,
    found_district    text,
    found_state       text,
    home_district     text,           -- as told by the person
    home_state        text,
    office            text        NOT NULL,
    created_by        uuid        NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT found_person_source CHECK (source IN ('RESCUE_OPERATION', 'SHELTER', 'RAILWAY_CHILD_HELP_DESK', 'POLICE', 'OTHER')),
    CONSTRAINT found_person_sex CHECK (sex IS NULL OR sex IN ('FEMALE', 'MALE', 'OTHER')),
    CONSTRAINT found_person_age CHECK (age_low IS NULL OR (age_low BETWEEN 0 AND 120 AND age_high BETWEEN age_low AND 120))
);
CREATE INDEX found_person_office ON found_person (office, created_at DESC);
CREATE INDEX found_person_person ON found_person (person_id);

-- A pair the linkage index proposed; reviewers confirm, reject or mark it unsure, always with a reason.
CREATE TABLE match_candidate (
    id           uuid PRIMARY KEY,
    missing_id   uuid             NOT NULL REFERENCES missing_report (id) ON DELETE CASCADE,
    found_id     uuid             NOT NULL REFERENCES found_person (id) ON DELETE CASCADE,
    score        double precision NOT NULL,
    explanation  jsonb            NOT NULL, -- per-field levels and weights only, no values
    status       text             NOT NULL DEFAULT 'PENDING',
    reviewer     uuid,
    reason       bytea,           -- encrypted
    decided_at   timestamptz,
    created_at   timestamptz      NOT NULL DEFAULT now(),
    updated_at   timestamptz      NOT NULL DEFAULT now(),
    CONSTRAINT match_candidate_status CHECK (status IN ('PENDING', 'CONFIRMED', 'REJECTED', 'UNSURE')),
    CONSTRAINT match_candidate_pair UNIQUE (missing_id, found_id)
);
CREATE INDEX match_candidate_queue ON match_candidate (status, score DESC);
CREATE INDEX match_candidate_found ON match_candidate (found_id);

-- A confirmed match: the missing report is attached to the found person's case.
CREATE TABLE tracing_link (
    missing_id   uuid        NOT NULL REFERENCES missing_report (id),
    found_id     uuid        NOT NULL REFERENCES found_person (id),
    case_id      uuid        REFERENCES survivor_case (id),
    candidate_id uuid        NOT NULL REFERENCES match_candidate (id),
    linked_by    uuid        NOT NULL,
    linked_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (missing_id, found_id)
);
CREATE INDEX tracing_link_case ON tracing_link (case_id);

-- Messages to users about tracing (a confirmed match on their case). No names: a link to the record only.
CREATE TABLE tracing_notification (
    id          uuid PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES app_user (id),
    kind        text        NOT NULL,
    case_id     uuid,
    missing_id  uuid,
    found_id    uuid,
    created_at  timestamptz NOT NULL DEFAULT now(),
    read_at     timestamptz
);
CREATE INDEX tracing_notification_user ON tracing_notification (user_id, created_at DESC);

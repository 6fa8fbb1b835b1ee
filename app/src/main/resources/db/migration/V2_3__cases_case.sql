-- Module cases: survivor cases, their team, sharing with partners, workflow and history.
CREATE SEQUENCE case_reference_seq;

CREATE TABLE survivor_case (
    id                  uuid PRIMARY KEY,
    reference           text        NOT NULL UNIQUE,
    person_id           uuid        NOT NULL REFERENCES person (id),
    identified_how      text        NOT NULL,
    identified_on       date,
    trafficking_status  text        NOT NULL DEFAULT 'POSSIBLE',
    status_decided_by   text,
    office              text        NOT NULL,
    region              text,
    status              text        NOT NULL DEFAULT 'IDENTIFIED',
    pending_approval    text,
    created_by          uuid,
    opened_at           timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    closed_at           timestamptz,
    CONSTRAINT case_identified_how CHECK (identified_how IN ('RESCUE_OPERATION', 'HOTLINE', 'COMMUNITY_TIP_OFF', 'SELF',
                                                            'POLICE_REFERRAL', 'NGO_REFERRAL')),
    CONSTRAINT case_trafficking_status CHECK (trafficking_status IN ('POSSIBLE', 'ACTUAL')),
    CONSTRAINT case_status CHECK (status IN ('IDENTIFIED', 'ASSESSED', 'CARE_PLANNED', 'IN_CARE', 'REINTEGRATING',
                                             'FOLLOW_UP', 'CLOSED')),
    CONSTRAINT case_pending CHECK (pending_approval IS NULL OR pending_approval IN ('CASE_PLAN', 'CLOSURE'))
);
CREATE INDEX survivor_case_person ON survivor_case (person_id);
CREATE INDEX survivor_case_office ON survivor_case (office, opened_at DESC, id);
CREATE INDEX survivor_case_opened ON survivor_case (opened_at DESC, id);
CREATE INDEX survivor_case_pending ON survivor_case (office) WHERE pending_approval IS NOT NULL;

-- Exploitation types, recruitment methods and control methods: codes of reference_value lists.
CREATE TABLE case_classification (
    case_id uuid NOT NULL REFERENCES survivor_case (id) ON DELETE CASCADE,
    list    text NOT NULL,
    code    text NOT NULL,
    PRIMARY KEY (case_id, list, code),
    FOREIGN KEY (list, code) REFERENCES reference_value (list, code)
);

CREATE TABLE trafficking_event (
    id          uuid PRIMARY KEY,
    case_id     uuid NOT NULL REFERENCES survivor_case (id) ON DELETE CASCADE,
    stage       text NOT NULL,
    place       bytea,                -- encrypted
    district    text,
    state       text,
    country     text,
    occurred_on date,
    CONSTRAINT trafficking_event_stage CHECK (stage IN ('RECRUITMENT', 'TRANSIT', 'EXPLOITATION'))
);
CREATE INDEX trafficking_event_case ON trafficking_event (case_id);

CREATE TABLE case_perpetrator (
    case_id   uuid NOT NULL REFERENCES survivor_case (id) ON DELETE CASCADE,
    person_id uuid NOT NULL REFERENCES person (id),
    role      text,
    PRIMARY KEY (case_id, person_id)
);
CREATE INDEX case_perpetrator_person ON case_perpetrator (person_id);

-- The case team. Other modules (aftercare, justice) rely on this table and its names.
CREATE TABLE case_assignment (
    case_id     uuid        NOT NULL REFERENCES survivor_case (id) ON DELETE CASCADE,
    user_id     uuid        NOT NULL REFERENCES app_user (id),
    role        text        NOT NULL,
    assigned_by uuid,
    assigned_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_assignment_user ON case_assignment (user_id, case_id);

-- A case shared with a partner (police): with one user, or with every partner user of an office.
CREATE TABLE case_share (
    id          uuid PRIMARY KEY,
    case_id     uuid        NOT NULL REFERENCES survivor_case (id) ON DELETE CASCADE,
    user_id     uuid REFERENCES app_user (id),
    office      text,
    scope       text        NOT NULL,
    shared_by   uuid,
    shared_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz,
    CONSTRAINT case_share_target CHECK (user_id IS NOT NULL OR office IS NOT NULL),
    CONSTRAINT case_share_scope CHECK (scope IN ('SUMMARY', 'FULL'))
);
CREATE INDEX case_share_case ON case_share (case_id) WHERE revoked_at IS NULL;
CREATE INDEX case_share_user ON case_share (user_id) WHERE revoked_at IS NULL;
CREATE INDEX case_share_office ON case_share (office) WHERE revoked_at IS NULL;

-- Requests that need a programme manager of the case's office to agree.
CREATE TABLE case_approval (
    id           uuid PRIMARY KEY,
    case_id      uuid        NOT NULL REFERENCES survivor_case (id) ON DELETE CASCADE,
    kind         text        NOT NULL,
    requested_by uuid        NOT NULL,
    requested_at timestamptz NOT NULL DEFAULT now(),
    decision     text,
    decided_by   uuid,
    decided_at   timestamptz,
    comment      bytea,               -- encrypted
    CONSTRAINT case_approval_kind CHECK (kind IN ('CASE_PLAN', 'CLOSURE')),
    CONSTRAINT case_approval_decision CHECK (decision IS NULL OR decision IN ('APPROVED', 'REJECTED'))
);
CREATE INDEX case_approval_case ON case_approval (case_id, requested_at);

-- Referrals to and from other organisations.
CREATE TABLE case_transfer (
    id            uuid PRIMARY KEY,
    case_id       uuid        NOT NULL REFERENCES survivor_case (id) ON DELETE CASCADE,
    direction     text        NOT NULL,
    organisation  text        NOT NULL,
    reason        bytea,              -- encrypted
    outcome       text        NOT NULL DEFAULT 'PENDING',
    recorded_by   uuid        NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    decided_at    timestamptz,
    CONSTRAINT case_transfer_direction CHECK (direction IN ('OUT', 'IN')),
    CONSTRAINT case_transfer_outcome CHECK (outcome IN ('PENDING', 'ACCEPTED', 'DECLINED'))
);
CREATE INDEX case_transfer_case ON case_transfer (case_id);

-- Who changed which field when; old and new values are ciphertext.
CREATE TABLE case_change (
    id          uuid PRIMARY KEY,
    case_id     uuid        REFERENCES survivor_case (id) ON DELETE CASCADE,
    person_id   uuid        REFERENCES person (id) ON DELETE CASCADE,
    field       text        NOT NULL,
    changed_by  uuid,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    old_value   bytea,                -- encrypted
    new_value   bytea,                -- encrypted
    CONSTRAINT case_change_subject CHECK (case_id IS NOT NULL OR person_id IS NOT NULL)
);
CREATE INDEX case_change_case ON case_change (case_id, changed_at DESC);
CREATE INDEX case_change_person ON case_change (person_id, changed_at DESC);

-- Module investigation: entities and typed links of a case's network, CDR imports and their calls.
-- Values that identify people (numbers, IMEIs, names, accounts) are ciphertext (display_value) plus a keyed
-- hash (value_hash, HMAC-SHA256 of the normalised value) for lookups and joins; see docs/modules/investigation.md.

CREATE TABLE network_entity (
    id            uuid PRIMARY KEY,
    case_id       uuid        NOT NULL REFERENCES survivor_case (id) ON DELETE CASCADE,
    kind          text        NOT NULL,
    value_hash    bytea       NOT NULL,
    display_value bytea       NOT NULL,  -- encrypted
    person_id     uuid REFERENCES person (id),
    source        text        NOT NULL,
    source_ref    text,
    confidence    numeric(3, 2) NOT NULL DEFAULT 1,
    created_by    uuid,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT network_entity_kind CHECK (kind IN ('PERSON', 'PHONE_NUMBER', 'HANDSET_IMEI', 'ADDRESS', 'VEHICLE',
                                                   'BANK_ACCOUNT', 'ORGANISATION', 'ONLINE_ACCOUNT', 'LOCATION')),
    CONSTRAINT network_entity_source CHECK (source IN ('CASE', 'DOCUMENT', 'CDR_IMPORT', 'ANALYST')),
    CONSTRAINT network_entity_confidence CHECK (confidence BETWEEN 0 AND 1),
    CONSTRAINT network_entity_person CHECK (person_id IS NULL OR kind = 'PERSON'),
    CONSTRAINT network_entity_unique UNIQUE (case_id, kind, value_hash)
);
CREATE INDEX network_entity_person ON network_entity (person_id) WHERE person_id IS NOT NULL;

CREATE TABLE network_link (
    id          uuid PRIMARY KEY,
    case_id     uuid        NOT NULL REFERENCES survivor_case (id) ON DELETE CASCADE,
    from_entity uuid        NOT NULL REFERENCES network_entity (id) ON DELETE CASCADE,
    to_entity   uuid        NOT NULL REFERENCES network_entity (id) ON DELETE CASCADE,
    kind        text        NOT NULL,
    source      text        NOT NULL,
    source_ref  text,
    confidence  numeric(3, 2) NOT NULL DEFAULT 1,
    observed_at timestamptz,
    created_by  uuid,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT network_link_kind CHECK (kind IN ('CALLED', 'USES_HANDSET', 'LIVES_AT', 'OWNS', 'PAID', 'EMPLOYS',
                                                 'RECRUITED', 'TRANSPORTED', 'CONTROLS', 'MEMBER_OF', 'SEEN_AT',
                                                 'USES_ACCOUNT', 'RELATED_TO')),
    CONSTRAINT network_link_source CHECK (source IN ('CASE', 'DOCUMENT', 'CDR_IMPORT', 'ANALYST')),
    CONSTRAINT network_link_confidence CHECK (confidence BETWEEN 0 AND 1),
    CONSTRAINT network_link_not_self CHECK (from_entity <> to_entity)
);
CREATE INDEX network_link_case ON network_link (case_id);
CREATE INDEX network_link_from ON network_link (from_entity);
CREATE INDEX network_link_to ON network_link (to_entity);

-- An uploaded CDR file (kept encrypted under the data directory until imported) and its import job.
CREATE TABLE cdr_import (
    id            uuid PRIMARY KEY,
    case_id       uuid        NOT NULL REFERENCES survivor_case (id) ON DELETE CASCADE,
    file_name     text        NOT NULL,
    format        text        NOT NULL,
    size_bytes    bigint      NOT NULL,
    operator_name text,
    time_zone     text,
    mapping       text,       -- column mapping, e.g. caller=0;callee=1;start=2 (column positions only)
    status        text        NOT NULL DEFAULT 'UPLOADED',
    rows_read     bigint      NOT NULL DEFAULT 0,
    rows_stored   bigint      NOT NULL DEFAULT 0,
    rows_rejected bigint      NOT NULL DEFAULT 0,
    bytes_read    bigint      NOT NULL DEFAULT 0,
    failure       text,
    uploaded_by   uuid        NOT NULL,
    uploaded_at   timestamptz NOT NULL DEFAULT now(),
    started_at    timestamptz,
    finished_at   timestamptz,
    CONSTRAINT cdr_import_format CHECK (format IN ('CSV', 'XLSX')),
    CONSTRAINT cdr_import_status CHECK (status IN ('UPLOADED', 'RUNNING', 'DONE', 'FAILED'))
);
CREATE INDEX cdr_import_case ON cdr_import (case_id, uploaded_at DESC);

-- Every row that was not stored, by line (the file's row number, header = 1) and reason code. No cell values:
-- they may be phone numbers.
CREATE TABLE cdr_import_problem (
    import_id uuid   NOT NULL REFERENCES cdr_import (id) ON DELETE CASCADE,
    line      bigint NOT NULL,
    field     text,
    reason    text   NOT NULL,
    PRIMARY KEY (import_id, line)
);

CREATE TABLE call_record (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id    uuid        NOT NULL REFERENCES survivor_case (id) ON DELETE CASCADE,
    import_id  uuid        NOT NULL REFERENCES cdr_import (id) ON DELETE CASCADE,
    line       bigint      NOT NULL,
    caller_id  uuid        NOT NULL REFERENCES network_entity (id) ON DELETE CASCADE,
    callee_id  uuid        NOT NULL REFERENCES network_entity (id) ON DELETE CASCADE,
    started_at timestamptz NOT NULL,
    duration_s integer     NOT NULL,
    cell_id    text,
    imei_id    uuid REFERENCES network_entity (id) ON DELETE CASCADE,
    CONSTRAINT call_record_duration CHECK (duration_s >= 0)
);
CREATE INDEX call_record_case_time ON call_record (case_id, started_at);
CREATE INDEX call_record_caller ON call_record (caller_id, callee_id);
CREATE INDEX call_record_callee ON call_record (callee_id);
CREATE INDEX call_record_import ON call_record (import_id);

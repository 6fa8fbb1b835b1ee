-- Module aftercare: case notes and documents. Document contents are encrypted files under the data
-- directory (files/<id>); the table holds what describes them.
CREATE TABLE case_note (
    id         uuid PRIMARY KEY,
    case_id    uuid        NOT NULL,
    author_id  uuid        NOT NULL REFERENCES app_user (id),
    body       bytea       NOT NULL, -- encrypted
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_note_case ON case_note (case_id, created_at DESC);

CREATE TABLE case_document (
    id           uuid PRIMARY KEY,
    case_id      uuid        NOT NULL,
    uploaded_by  uuid        NOT NULL REFERENCES app_user (id),
    file_name    bytea       NOT NULL, -- encrypted: names often say who and what
    content_type text        NOT NULL,
    size_bytes   bigint      NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_document_case ON case_document (case_id, created_at DESC);

-- Module audit: the append-only, hash-chained audit trail.
CREATE TABLE audit_event (
    sequence       bigint PRIMARY KEY,
    occurred_at    timestamptz NOT NULL,
    actor_id       uuid,
    actor          text        NOT NULL,
    action         text        NOT NULL,
    subject_type   text,
    subject_id     text,
    outcome        text        NOT NULL,
    client_address text,
    detail         text,
    previous_hash  char(64)    NOT NULL,
    entry_hash     char(64)    NOT NULL
);
CREATE INDEX audit_event_subject ON audit_event (subject_type, subject_id);
CREATE INDEX audit_event_actor ON audit_event (actor, sequence DESC);

-- Append-only: the application never updates or deletes audit rows; these triggers make sure nobody
-- does by accident. (A determined superuser can drop them; the hash chain then shows what was done.)
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

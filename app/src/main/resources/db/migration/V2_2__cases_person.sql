-- Module cases: people (survivors, perpetrators, relatives). Sensitive values are ciphertext (bytea).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE person (
    id                uuid PRIMARY KEY,
    sex               text        NOT NULL DEFAULT 'UNKNOWN',
    date_of_birth     bytea,          -- encrypted ISO date
    estimated_age     integer,
    age_estimated_on  date,
    languages         text[]      NOT NULL DEFAULT '{}',
    nationality       text,
    address_village   bytea,          -- encrypted
    address_block     text,
    address_district  text,
    address_state     text,
    address_country   text,
    identifying_marks bytea,          -- encrypted
    created_by        uuid,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT person_sex CHECK (sex IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    CONSTRAINT person_age CHECK (estimated_age IS NULL OR estimated_age BETWEEN 0 AND 120)
);
CREATE INDEX person_district ON person (address_district);

-- One person, many names in many scripts. search_key is a lower-case Latin transliteration: personal,
-- but needed for cross-script search (see the package documentation of org.lantern.cases).
CREATE TABLE person_name (
    id         uuid PRIMARY KEY,
    person_id  uuid    NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position   integer NOT NULL DEFAULT 0,
    name       bytea   NOT NULL,      -- encrypted
    script     text    NOT NULL,
    kind       text    NOT NULL,
    search_key text    NOT NULL,
    CONSTRAINT person_name_script CHECK (script IN ('LATIN', 'DEVANAGARI', 'BENGALI', 'OTHER')),
    CONSTRAINT person_name_kind CHECK (kind IN ('OFFICIAL', 'ALIAS', 'PET_NAME'))
);
CREATE INDEX person_name_person ON person_name (person_id, position);
CREATE INDEX person_name_search ON person_name USING gin (search_key gin_trgm_ops);

CREATE TABLE contact_person (
    id           uuid PRIMARY KEY,
    person_id    uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    name         bytea NOT NULL,      -- encrypted
    relationship text,
    details      bytea,               -- encrypted: phone, address
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contact_person_person ON contact_person (person_id);

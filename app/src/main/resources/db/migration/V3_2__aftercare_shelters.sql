-- Module aftercare: the shelter registry and who is placed where.
CREATE TABLE shelter (
    id             uuid PRIMARY KEY,
    name           text        NOT NULL,
    district       text        NOT NULL,
    state          text        NOT NULL,
    country        text        NOT NULL CHECK (country IN ('IN', 'BD', 'NP')),
    capacity       integer     NOT NULL CHECK (capacity > 0),
    residents      text[]      NOT NULL,  -- GIRLS, WOMEN, BOYS
    contact_person text,
    contact_phone  text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT shelter_name_unique UNIQUE (name, district)
);

-- A placement is current from start_date until the day before end_date (end_date exclusive).
CREATE TABLE shelter_placement (
    id         uuid PRIMARY KEY,
    shelter_id uuid        NOT NULL REFERENCES shelter (id),
    case_id    uuid        NOT NULL,
    start_date date        NOT NULL,
    end_date   date,
    placed_by  uuid        NOT NULL REFERENCES app_user (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT placement_ends_after_start CHECK (end_date IS NULL OR end_date > start_date)
);
CREATE INDEX shelter_placement_shelter ON shelter_placement (shelter_id) WHERE end_date IS NULL;
CREATE INDEX shelter_placement_case ON shelter_placement (case_id);

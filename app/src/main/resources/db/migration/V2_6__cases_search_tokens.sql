-- Module cases: index structures that let a case list or name search read only the rows of the page it shows.
--
-- case_name_token: every word of every search key of a case's person, with the case's opening time, so that a
-- search for a name walks one index range newest first and stops after a page, instead of ranking every
-- similar name in the database. Kept by triggers, whichever code writes names or cases.
--
-- survivor_case.home_district_key: the person's home district in lower case, copied onto the case so the
-- district filter and the newest-first order come from one index. Kept by triggers on person and survivor_case.
--
-- survivor_case.team: the assigned users, see the end of this file.

CREATE TABLE case_name_token (
    case_id   uuid        NOT NULL REFERENCES survivor_case (id) ON DELETE CASCADE,
    token     text        NOT NULL,
    opened_at timestamptz NOT NULL,
    words     text[]      NOT NULL,   -- every token of the case, so a query of several words is checked in the index
    PRIMARY KEY (case_id, token)
);
CREATE INDEX case_name_token_order ON case_name_token (token, opened_at DESC, case_id) INCLUDE (words);

-- The tokens of the given cases, one row per token, each with all of them.
CREATE FUNCTION case_name_tokens_of(cases uuid[]) RETURNS TABLE (case_id uuid, token text, opened_at timestamptz, words text[])
LANGUAGE sql STABLE AS $$
    WITH tokens AS (
        SELECT DISTINCT c.id, word, c.opened_at
          FROM survivor_case c
          JOIN person_name n ON n.person_id = c.person_id
         CROSS JOIN LATERAL unnest(string_to_array(n.search_key, ' ')) AS word
         WHERE c.id = ANY (cases) AND word <> '')
    SELECT t.id, t.word, t.opened_at, array_agg(t.word) OVER (PARTITION BY t.id) FROM tokens t;
$$;

-- Rebuilds the tokens of the given cases. Callers pass case ids, so every statement here is an index lookup.
CREATE FUNCTION case_name_tokens_refresh(cases uuid[]) RETURNS void LANGUAGE sql AS $$
    DELETE FROM case_name_token WHERE case_id = ANY (cases);
    INSERT INTO case_name_token (case_id, token, opened_at, words) SELECT * FROM case_name_tokens_of(cases);
$$;

-- The cases of the people whose names changed (none yet while a new person is being registered).
CREATE FUNCTION cases_of_people(people uuid[]) RETURNS uuid[] LANGUAGE sql STABLE AS $$
    SELECT ARRAY(SELECT id FROM survivor_case WHERE person_id = ANY (people));
$$;

CREATE FUNCTION person_name_tokens_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM case_name_tokens_refresh(cases_of_people(ARRAY(SELECT DISTINCT person_id FROM changed_names)));
    RETURN NULL;
END $$;

CREATE FUNCTION person_name_tokens_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM case_name_tokens_refresh(cases_of_people(ARRAY(SELECT DISTINCT person_id FROM removed_names)));
    RETURN NULL;
END $$;

CREATE FUNCTION person_name_tokens_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM case_name_tokens_refresh(cases_of_people(
        ARRAY(SELECT person_id FROM changed_names UNION SELECT person_id FROM removed_names)));
    RETURN NULL;
END $$;

CREATE TRIGGER person_name_tokens_insert AFTER INSERT ON person_name
    REFERENCING NEW TABLE AS changed_names FOR EACH STATEMENT EXECUTE FUNCTION person_name_tokens_after_insert();
CREATE TRIGGER person_name_tokens_delete AFTER DELETE ON person_name
    REFERENCING OLD TABLE AS removed_names FOR EACH STATEMENT EXECUTE FUNCTION person_name_tokens_after_delete();
CREATE TRIGGER person_name_tokens_update AFTER UPDATE ON person_name
    REFERENCING NEW TABLE AS changed_names OLD TABLE AS removed_names
    FOR EACH STATEMENT EXECUTE FUNCTION person_name_tokens_after_update();

CREATE FUNCTION survivor_case_tokens_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM case_name_tokens_refresh(ARRAY(SELECT id FROM new_cases));
    RETURN NULL;
END $$;

CREATE FUNCTION survivor_case_tokens_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM case_name_tokens_refresh(ARRAY(
        SELECT n.id FROM new_cases n JOIN old_cases o ON o.id = n.id
         WHERE n.person_id <> o.person_id OR n.opened_at <> o.opened_at));
    RETURN NULL;
END $$;

CREATE TRIGGER survivor_case_tokens_insert AFTER INSERT ON survivor_case
    REFERENCING NEW TABLE AS new_cases FOR EACH STATEMENT EXECUTE FUNCTION survivor_case_tokens_after_insert();
CREATE TRIGGER survivor_case_tokens_update AFTER UPDATE ON survivor_case
    REFERENCING NEW TABLE AS new_cases OLD TABLE AS old_cases
    FOR EACH STATEMENT EXECUTE FUNCTION survivor_case_tokens_after_update();

INSERT INTO case_name_token (case_id, token, opened_at, words)
SELECT * FROM case_name_tokens_of(ARRAY(SELECT id FROM survivor_case));

ALTER TABLE survivor_case ADD COLUMN home_district_key text;
UPDATE survivor_case c SET home_district_key = lower(p.address_district) FROM person p WHERE p.id = c.person_id;
CREATE INDEX survivor_case_district ON survivor_case (home_district_key, opened_at DESC, id);
CREATE INDEX survivor_case_district_status ON survivor_case (home_district_key, status, opened_at DESC, id);

CREATE FUNCTION survivor_case_home_district() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.home_district_key := (SELECT lower(address_district) FROM person WHERE id = NEW.person_id);
    RETURN NEW;
END $$;
CREATE TRIGGER survivor_case_home_district BEFORE INSERT OR UPDATE OF person_id ON survivor_case
    FOR EACH ROW EXECUTE FUNCTION survivor_case_home_district();

CREATE FUNCTION person_home_district_to_cases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE survivor_case SET home_district_key = lower(NEW.address_district)
     WHERE person_id = NEW.id AND home_district_key IS DISTINCT FROM lower(NEW.address_district);
    RETURN NULL;
END $$;
CREATE TRIGGER person_home_district_to_cases AFTER UPDATE OF address_district ON person
    FOR EACH ROW WHEN (OLD.address_district IS DISTINCT FROM NEW.address_district)
    EXECUTE FUNCTION person_home_district_to_cases();

-- survivor_case.team: the users assigned to the case (case_assignment stays the record of who, in what role, since
-- when), copied onto the case so that "cases I work on" is tested on the row a list reads anyway, not by one
-- index lookup per row. Kept by a trigger on case_assignment.
ALTER TABLE survivor_case ADD COLUMN team uuid[] NOT NULL DEFAULT '{}';
UPDATE survivor_case c SET team = a.team
  FROM (SELECT case_id, array_agg(user_id ORDER BY user_id) AS team FROM case_assignment GROUP BY case_id) a
 WHERE a.case_id = c.id;

CREATE FUNCTION survivor_case_team_refresh(cases uuid[]) RETURNS void LANGUAGE sql AS $$
    UPDATE survivor_case c
       SET team = ARRAY(SELECT a.user_id FROM case_assignment a WHERE a.case_id = c.id ORDER BY a.user_id)
     WHERE c.id = ANY (cases);
$$;

CREATE FUNCTION case_assignment_team_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM survivor_case_team_refresh(ARRAY(SELECT DISTINCT case_id FROM added));
    RETURN NULL;
END $$;

CREATE FUNCTION case_assignment_team_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM survivor_case_team_refresh(ARRAY(SELECT DISTINCT case_id FROM removed));
    RETURN NULL;
END $$;

CREATE FUNCTION case_assignment_team_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM survivor_case_team_refresh(ARRAY(SELECT case_id FROM added UNION SELECT case_id FROM removed));
    RETURN NULL;
END $$;

CREATE TRIGGER case_assignment_team_insert AFTER INSERT ON case_assignment
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION case_assignment_team_after_insert();
CREATE TRIGGER case_assignment_team_delete AFTER DELETE ON case_assignment
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION case_assignment_team_after_delete();
CREATE TRIGGER case_assignment_team_update AFTER UPDATE ON case_assignment
    REFERENCING NEW TABLE AS added OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION case_assignment_team_after_update();

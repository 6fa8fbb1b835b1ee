-- Module cases: indexes for the list filters (district is matched case-insensitively).
DROP INDEX person_district;
CREATE INDEX person_district_lower ON person (lower(address_district));
CREATE INDEX survivor_case_status ON survivor_case (status, opened_at DESC, id);

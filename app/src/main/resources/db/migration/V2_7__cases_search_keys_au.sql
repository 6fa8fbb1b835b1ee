-- Module cases: search keys fold "au" into "ou" (Mausumi, Mousumi and মৌসুমী meet on "mousumi"). Stored keys are
-- already folded by the earlier rules, so applying the new rule and collapsing doubled letters again gives what
-- NameSearchKeys now computes from the name. The person_name trigger refreshes the case name tokens.
UPDATE person_name
   SET search_key = regexp_replace(replace(search_key, 'au', 'ou'), '(.)\1+', '\1', 'g')
 WHERE search_key LIKE '%au%';

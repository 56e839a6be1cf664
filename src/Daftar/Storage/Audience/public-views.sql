-- The public's view of the ledger. Run on a read-only connection, these TEMP views shadow the tables of the same
-- names (SQLite resolves an unqualified name in temp before main), so every query Daftar has reads, for the public,
-- only accepted entries from non-confidential sources, never a confidential speaker's identity, never a confidential
-- note, and nothing of accounts or the audit log. A query need not remember to filter: it cannot see past the views.
--
-- Actors are public once an analyst accepted them and a non-confidential source names them (a name that appears only
-- in confidential sources, or only as a confidential speaker, stays private). A mention of a public actor in a public
-- source is public unless an analyst rejected it: accepting the actor vouches for its mentions.

CREATE TEMP VIEW sources AS
SELECT * FROM main.sources WHERE confidential = 0;

CREATE TEMP VIEW originals AS
SELECT o.* FROM main.originals o
WHERE EXISTS (SELECT 1 FROM main.sources s WHERE s.sha256 = o.sha256 AND s.confidential = 0);

CREATE TEMP VIEW actors AS
SELECT a.* FROM main.actors a
WHERE a.review = 'accepted'
  AND EXISTS (SELECT 1 FROM main.mentions m JOIN main.sources s ON s.id = m.source_id
              WHERE m.actor_id = a.id AND m.review <> 'rejected' AND s.confidential = 0);

CREATE TEMP VIEW actor_aliases AS
SELECT * FROM main.actor_aliases WHERE actor_id IN (SELECT id FROM temp.actors);

CREATE TEMP VIEW mentions AS
SELECT * FROM main.mentions
WHERE review <> 'rejected' AND source_id IN (SELECT id FROM temp.sources) AND actor_id IN (SELECT id FROM temp.actors);

-- Two parts so that a query by speaker still uses the speaker index: quotations whose speaker may be named, and the
-- rest, whose speaker is withheld (the public description, "a senior Sadrist", stays).
CREATE TEMP VIEW quotes AS
SELECT id, source_id, start, "end", text, kind, speaker_actor_id, speaker_description, speaker_anonymous,
       0 AS speaker_confidential, cue, review, version
FROM main.quotes
WHERE review = 'accepted' AND source_id IN (SELECT id FROM temp.sources)
  AND speaker_confidential = 0 AND (speaker_actor_id IS NULL OR speaker_actor_id IN (SELECT id FROM temp.actors))
UNION ALL
SELECT id, source_id, start, "end", text, kind, NULL, speaker_description, speaker_anonymous,
       0, cue, review, version
FROM main.quotes
WHERE review = 'accepted' AND source_id IN (SELECT id FROM temp.sources)
  AND NOT (speaker_confidential = 0 AND (speaker_actor_id IS NULL OR speaker_actor_id IN (SELECT id FROM temp.actors)));

CREATE TEMP VIEW timexes AS
SELECT * FROM main.timexes WHERE review = 'accepted' AND source_id IN (SELECT id FROM temp.sources);

CREATE TEMP VIEW relations AS
SELECT * FROM main.relations
WHERE review = 'accepted' AND source_id IN (SELECT id FROM temp.sources)
  AND subject_id IN (SELECT id FROM temp.actors) AND object_id IN (SELECT id FROM temp.actors);

CREATE TEMP VIEW events AS
SELECT * FROM main.events
WHERE review = 'accepted' AND source_id IN (SELECT id FROM temp.sources)
  AND (actor_id IS NULL OR actor_id IN (SELECT id FROM temp.actors))
  AND (target_id IS NULL OR target_id IN (SELECT id FROM temp.actors));

CREATE TEMP VIEW positions AS
SELECT * FROM main.positions
WHERE review = 'accepted' AND source_id IN (SELECT id FROM temp.sources) AND actor_id IN (SELECT id FROM temp.actors);

CREATE TEMP VIEW assessments AS
SELECT * FROM main.assessments
WHERE review = 'accepted' AND source_id IN (SELECT id FROM temp.sources) AND actor_id IN (SELECT id FROM temp.actors);

CREATE TEMP VIEW notes AS
SELECT * FROM main.notes WHERE confidential = 0 AND source_id IN (SELECT id FROM temp.sources);

CREATE TEMP VIEW accounts AS SELECT * FROM main.accounts WHERE 0;
CREATE TEMP VIEW api_tokens AS SELECT * FROM main.api_tokens WHERE 0;
CREATE TEMP VIEW audit_log AS SELECT * FROM main.audit_log WHERE 0;

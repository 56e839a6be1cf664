-- The public's view of the ledger. Run on a read-only connection, these TEMP views shadow the tables of the same
-- names (SQLite resolves an unqualified name in temp before main), so every query Daftar has reads, for the public,
-- only accepted entries from non-confidential sources, never a confidential speaker's identity, never a confidential
-- note, and nothing of accounts or the audit log. A query need not remember to filter: it cannot see past the views.
--
-- Actors are public once an analyst accepted them and a non-confidential source names them (a name that appears only
-- in confidential sources, or only as a confidential speaker, stays private). A mention of a public actor in a public
-- source is public unless an analyst rejected it: accepting the actor vouches for its mentions.
--
-- Rows are checked one by one against their source and actors by primary key (correlated EXISTS), so a query for one
-- source's or one actor's entries still walks its index. The public actors are worked out once, when the connection
-- opens (a connection serves one request), into a temporary table.

-- Accepted actors named (in a mention not rejected) by a non-confidential source.
CREATE TEMP TABLE public_actor_ids (id TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT INTO temp.public_actor_ids
SELECT a.id FROM main.actors a
WHERE a.review = 'accepted'
  AND EXISTS (SELECT 1 FROM main.mentions m JOIN main.sources s ON s.id = m.source_id
              WHERE m.actor_id = a.id AND m.review <> 'rejected' AND s.confidential = 0);

CREATE TEMP VIEW sources AS
SELECT * FROM main.sources WHERE confidential = 0;

CREATE TEMP VIEW originals AS
SELECT o.* FROM main.originals o
WHERE EXISTS (SELECT 1 FROM main.sources s WHERE s.sha256 = o.sha256 AND s.confidential = 0);

CREATE TEMP VIEW actors AS
SELECT a.* FROM main.actors a WHERE EXISTS (SELECT 1 FROM temp.public_actor_ids p WHERE p.id = a.id);

-- A name read in a source is public only when that source is; names from the gazetteer or an analyst have no source.
CREATE TEMP VIEW actor_aliases AS
SELECT x.* FROM main.actor_aliases x
WHERE EXISTS (SELECT 1 FROM temp.public_actor_ids p WHERE p.id = x.actor_id)
  AND (x.source_id IS NULL OR EXISTS (SELECT 1 FROM main.sources s WHERE s.id = x.source_id AND s.confidential = 0));

CREATE TEMP VIEW mentions AS
SELECT m.* FROM main.mentions m
WHERE m.review <> 'rejected'
  AND EXISTS (SELECT 1 FROM main.sources s WHERE s.id = m.source_id AND s.confidential = 0)
  AND EXISTS (SELECT 1 FROM temp.public_actor_ids p WHERE p.id = m.actor_id);

-- Two parts so that a query by speaker still uses the speaker index: quotations whose speaker may be named, and the
-- rest, whose speaker is withheld (the public description, "a senior Sadrist", stays).
CREATE TEMP VIEW quotes AS
SELECT q.id, q.source_id, q.start, q."end", q.text, q.kind, q.speaker_actor_id, q.speaker_description, q.speaker_anonymous,
       0 AS speaker_confidential, q.cue, q.review, q.version
FROM main.quotes q
WHERE q.review = 'accepted' AND EXISTS (SELECT 1 FROM main.sources s WHERE s.id = q.source_id AND s.confidential = 0)
  AND q.speaker_confidential = 0 AND (q.speaker_actor_id IS NULL OR EXISTS (SELECT 1 FROM temp.public_actor_ids p WHERE p.id = q.speaker_actor_id))
UNION ALL
SELECT q.id, q.source_id, q.start, q."end", q.text, q.kind, NULL, q.speaker_description, q.speaker_anonymous,
       0, q.cue, q.review, q.version
FROM main.quotes q
WHERE q.review = 'accepted' AND EXISTS (SELECT 1 FROM main.sources s WHERE s.id = q.source_id AND s.confidential = 0)
  AND NOT (q.speaker_confidential = 0 AND (q.speaker_actor_id IS NULL OR EXISTS (SELECT 1 FROM temp.public_actor_ids p WHERE p.id = q.speaker_actor_id)));

CREATE TEMP VIEW timexes AS
SELECT t.* FROM main.timexes t
WHERE t.review = 'accepted' AND EXISTS (SELECT 1 FROM main.sources s WHERE s.id = t.source_id AND s.confidential = 0);

CREATE TEMP VIEW relations AS
SELECT r.* FROM main.relations r
WHERE r.review = 'accepted' AND EXISTS (SELECT 1 FROM main.sources s WHERE s.id = r.source_id AND s.confidential = 0)
  AND EXISTS (SELECT 1 FROM temp.public_actor_ids p WHERE p.id = r.subject_id)
  AND EXISTS (SELECT 1 FROM temp.public_actor_ids p WHERE p.id = r.object_id);

CREATE TEMP VIEW events AS
SELECT e.* FROM main.events e
WHERE e.review = 'accepted' AND EXISTS (SELECT 1 FROM main.sources s WHERE s.id = e.source_id AND s.confidential = 0)
  AND (e.actor_id IS NULL OR EXISTS (SELECT 1 FROM temp.public_actor_ids p WHERE p.id = e.actor_id))
  AND (e.target_id IS NULL OR EXISTS (SELECT 1 FROM temp.public_actor_ids p WHERE p.id = e.target_id));

CREATE TEMP VIEW positions AS
SELECT x.* FROM main.positions x
WHERE x.review = 'accepted' AND EXISTS (SELECT 1 FROM main.sources s WHERE s.id = x.source_id AND s.confidential = 0)
  AND EXISTS (SELECT 1 FROM temp.public_actor_ids p WHERE p.id = x.actor_id);

-- Who recorded a verdict is the analysts' business (accounts are never public): the public sees when, not by whom.
CREATE TEMP VIEW assessments AS
SELECT x.id, x.actor_id, x.issue_id, x.verdict, x.basis, x.source_id, x.start, x."end", x.review,
       x.recorded_at, NULL AS recorded_by, x.superseded_by, x.version
FROM main.assessments x
WHERE x.review = 'accepted' AND EXISTS (SELECT 1 FROM main.sources s WHERE s.id = x.source_id AND s.confidential = 0)
  AND EXISTS (SELECT 1 FROM temp.public_actor_ids p WHERE p.id = x.actor_id);

-- An issue is named by the positions taken on it (its label may be an actor's own words): public when a public
-- position is on it.
CREATE TEMP VIEW issues AS
SELECT i.* FROM main.issues i WHERE EXISTS (SELECT 1 FROM temp.positions p WHERE p.issue_id = i.id);
-- Evidence is public once confirmed, and only when the position and the entry it cites are both public (so a link to
-- a candidate, or to anything from a confidential source, never shows).
CREATE TEMP VIEW evidence AS
SELECT x.* FROM main.evidence x
WHERE x.review = 'accepted'
  AND EXISTS (SELECT 1 FROM temp.positions p WHERE p.id = x.position_id)
  AND CASE x.entry_kind
        WHEN 'event' THEN EXISTS (SELECT 1 FROM temp.events e WHERE e.id = x.entry_id)
        WHEN 'quote' THEN EXISTS (SELECT 1 FROM temp.quotes q WHERE q.id = x.entry_id)
        WHEN 'position' THEN EXISTS (SELECT 1 FROM temp.positions p WHERE p.id = x.entry_id)
        ELSE 0
      END;

CREATE TEMP VIEW notes AS
SELECT n.* FROM main.notes n
WHERE n.confidential = 0 AND EXISTS (SELECT 1 FROM main.sources s WHERE s.id = n.source_id AND s.confidential = 0);

CREATE TEMP VIEW accounts AS SELECT * FROM main.accounts WHERE 0;
CREATE TEMP VIEW api_tokens AS SELECT * FROM main.api_tokens WHERE 0;
CREATE TEMP VIEW audit_log AS SELECT * FROM main.audit_log WHERE 0;

-- Say versus do: deeds and later statements held up against stated positions, and the history of verdicts.

-- A position set against a later entry (an event, a quotation or a later position) that bears on it. Daftar suggests
-- links as candidates; an analyst confirms (accepted) or rejects them. A rejected suggestion stays, so that suggesting
-- again never brings it back: one row per position and entry.
CREATE TABLE evidence (
    id          INTEGER PRIMARY KEY,
    position_id INTEGER NOT NULL REFERENCES positions(id) ON DELETE CASCADE,
    entry_kind  TEXT NOT NULL CHECK (entry_kind IN ('event', 'quote', 'position')),
    entry_id    INTEGER NOT NULL,
    bearing     TEXT NOT NULL CHECK (bearing IN ('consistent', 'inconsistent', 'neutral')),
    basis       TEXT NOT NULL DEFAULT '',
    review      TEXT NOT NULL,
    suggested   INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 0,
    UNIQUE (position_id, entry_kind, entry_id)
);
CREATE INDEX evidence_entry ON evidence(entry_kind, entry_id);
CREATE INDEX evidence_review ON evidence(review, id);

-- Every verdict ever recorded stays: a new one supersedes the one before, and the history shows them all.
ALTER TABLE assessments ADD COLUMN recorded_at TEXT;
ALTER TABLE assessments ADD COLUMN recorded_by TEXT;
ALTER TABLE assessments ADD COLUMN superseded_by INTEGER;
ALTER TABLE assessments ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

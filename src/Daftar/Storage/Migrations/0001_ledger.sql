-- The ledger's first schema. Spans are UTF-16 offsets into sources.text, end exclusive.
-- Facts about the ledger file itself (e.g. origin = demo).
CREATE TABLE ledger_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Original bytes, content-addressed by their SHA-256.
CREATE TABLE originals (
    sha256 TEXT PRIMARY KEY,
    bytes  BLOB NOT NULL
);

CREATE TABLE sources (
    id           INTEGER PRIMARY KEY,
    sha256       TEXT NOT NULL UNIQUE REFERENCES originals(sha256),
    text_sha256  TEXT NOT NULL,
    name         TEXT NOT NULL,
    format       TEXT NOT NULL,
    language     TEXT NOT NULL,
    title        TEXT,
    published    TEXT,
    publisher    TEXT,
    author       TEXT,
    translations TEXT NOT NULL DEFAULT '',
    confidential INTEGER NOT NULL DEFAULT 0,
    ingested_at  TEXT NOT NULL,
    text         TEXT NOT NULL
);
CREATE INDEX sources_text_sha256 ON sources(text_sha256);
CREATE INDEX sources_published ON sources(published);

CREATE TABLE actors (
    id     TEXT PRIMARY KEY,
    name   TEXT NOT NULL,
    type   TEXT NOT NULL,
    review TEXT NOT NULL
);

CREATE TABLE actor_aliases (
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    ordinal  INTEGER NOT NULL,
    text     TEXT NOT NULL,
    script   TEXT NOT NULL,
    -- Lower-cased, diacritic- and hamza-folded form, for look-up by any spelling.
    folded   TEXT NOT NULL,
    PRIMARY KEY (actor_id, ordinal)
);
CREATE INDEX actor_aliases_folded ON actor_aliases(folded);

CREATE TABLE mentions (
    id        INTEGER PRIMARY KEY,
    actor_id  TEXT NOT NULL REFERENCES actors(id),
    source_id INTEGER NOT NULL REFERENCES sources(id),
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    review    TEXT NOT NULL
);
CREATE INDEX mentions_actor ON mentions(actor_id);
CREATE INDEX mentions_source ON mentions(source_id);

CREATE TABLE quotes (
    id                   INTEGER PRIMARY KEY,
    source_id            INTEGER NOT NULL REFERENCES sources(id),
    start                INTEGER NOT NULL,
    "end"                INTEGER NOT NULL,
    text                 TEXT NOT NULL,
    kind                 TEXT NOT NULL,
    speaker_actor_id     TEXT REFERENCES actors(id),
    speaker_description  TEXT,
    speaker_anonymous    INTEGER NOT NULL,
    speaker_confidential INTEGER NOT NULL,
    cue                  TEXT,
    review               TEXT NOT NULL
);
CREATE INDEX quotes_source ON quotes(source_id);
CREATE INDEX quotes_speaker ON quotes(speaker_actor_id);

CREATE TABLE timexes (
    id        INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      TEXT NOT NULL,
    type      TEXT NOT NULL,
    value     TEXT NOT NULL,
    review    TEXT NOT NULL
);
CREATE INDEX timexes_source ON timexes(source_id);

CREATE TABLE relations (
    id         INTEGER PRIMARY KEY,
    subject_id TEXT NOT NULL REFERENCES actors(id),
    predicate  TEXT NOT NULL,
    object_id  TEXT NOT NULL REFERENCES actors(id),
    since      TEXT,
    until      TEXT,
    source_id  INTEGER NOT NULL REFERENCES sources(id),
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    review     TEXT NOT NULL
);
CREATE INDEX relations_subject ON relations(subject_id);
CREATE INDEX relations_object ON relations(object_id);

CREATE TABLE events (
    id        INTEGER PRIMARY KEY,
    date      TEXT NOT NULL,
    actor_id  TEXT REFERENCES actors(id),
    target_id TEXT REFERENCES actors(id),
    type      TEXT NOT NULL,
    summary   TEXT NOT NULL,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    review    TEXT NOT NULL
);
CREATE INDEX events_actor_date ON events(actor_id, date);
CREATE INDEX events_date ON events(date);

CREATE TABLE issues (
    id           TEXT PRIMARY KEY,
    label        TEXT NOT NULL,
    label_arabic TEXT,
    description  TEXT,
    keywords     TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE positions (
    id        INTEGER PRIMARY KEY,
    actor_id  TEXT NOT NULL REFERENCES actors(id),
    issue_id  TEXT NOT NULL REFERENCES issues(id),
    stance    TEXT NOT NULL,
    statement TEXT NOT NULL,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    review    TEXT NOT NULL
);
CREATE INDEX positions_actor_issue ON positions(actor_id, issue_id);

CREATE TABLE assessments (
    id        INTEGER PRIMARY KEY,
    actor_id  TEXT NOT NULL REFERENCES actors(id),
    issue_id  TEXT NOT NULL REFERENCES issues(id),
    verdict   TEXT NOT NULL,
    basis     TEXT NOT NULL,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    review    TEXT NOT NULL
);
CREATE INDEX assessments_actor_issue ON assessments(actor_id, issue_id);

CREATE TABLE notes (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER NOT NULL REFERENCES sources(id),
    text         TEXT NOT NULL,
    confidential INTEGER NOT NULL,
    written      TEXT NOT NULL
);

-- Full-text indexes hold only the analysed terms (contentless): the text itself lives in its table,
-- and the rowid is that table's id. Terms are written by Daftar's own analyser, the same for every backend.
-- The terms are already folded and space-separated, so the plain 'ascii' tokenizer (every non-ASCII character is
-- part of a token) reads them back exactly; it indexes about a fifth faster than 'unicode61'. Ledgers created with
-- 'unicode61 remove_diacritics 0' read the same terms the same way (tests/Daftar.Tests/Text/Fts5ContractTests.cs).
CREATE VIRTUAL TABLE source_terms USING fts5(terms, content='', contentless_delete=1, tokenize='ascii');
CREATE VIRTUAL TABLE quote_terms  USING fts5(terms, content='', contentless_delete=1, tokenize='ascii');

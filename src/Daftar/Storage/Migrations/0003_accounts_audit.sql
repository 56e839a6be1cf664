-- Who may use the ledger, and what they did. Passwords and API tokens are kept only as hashes.
CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role          TEXT NOT NULL CHECK (role IN ('reader', 'analyst', 'admin')),
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    -- Bumped when the password or role changes: sign-ins made before it are no longer honoured.
    stamp         INTEGER NOT NULL DEFAULT 0
);

-- An API token is shown once when made; the ledger keeps its SHA-256 (a token is random, so a fast hash is enough).
CREATE TABLE api_tokens (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    token_hash  TEXT NOT NULL UNIQUE,
    label       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    revoked_at  TEXT
);

-- Every review action and every change of confidentiality: who, when, through what, and the entry before and after.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    account    TEXT NOT NULL,
    channel    TEXT NOT NULL,
    action     TEXT NOT NULL,
    entry_kind TEXT NOT NULL,
    entry_id   TEXT NOT NULL,
    before     TEXT,
    after      TEXT
);
CREATE INDEX audit_log_entry ON audit_log(entry_kind, entry_id);

-- Notes written by analysts on a source; confidential ones never leave for the public.
CREATE INDEX notes_source ON notes(source_id);

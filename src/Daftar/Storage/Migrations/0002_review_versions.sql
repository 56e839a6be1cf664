-- Review edits are optimistic: every reviewable entry carries a version that each change increments, and a change
-- names the version it was made from. Two analysts editing one candidate cannot overwrite each other silently: the
-- second change finds a newer version and is refused (see SqliteLedger.Review.cs).
ALTER TABLE actors    ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE mentions  ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quotes    ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE timexes   ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE relations ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events    ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE positions ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources   ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

-- The review queue walks candidates by kind and id.
CREATE INDEX quotes_review    ON quotes(review, id);
CREATE INDEX timexes_review   ON timexes(review, id);
CREATE INDEX relations_review ON relations(review, id);
CREATE INDEX events_review    ON events(review, id);
CREATE INDEX positions_review ON positions(review, id);

-- Actor pages on large ledgers: an actor's events as target, and the sources naming an actor, from indexes alone.
CREATE INDEX events_target_date ON events(target_id, date);
CREATE INDEX mentions_actor_source ON mentions(actor_id, source_id);
-- The relation graph groups relations by edge from this index alone.
CREATE INDEX relations_edge ON relations(subject_id, predicate, object_id, source_id, review);
-- A source's candidates of every kind are counted on the sources list.
CREATE INDEX events_source    ON events(source_id);
CREATE INDEX relations_source ON relations(source_id);
CREATE INDEX positions_source ON positions(source_id);
-- An actor page's counts (events as actor or target, quotations by month) from indexes alone.
CREATE INDEX events_actor_review   ON events(actor_id, review);
CREATE INDEX events_target_review  ON events(target_id, review, actor_id);
CREATE INDEX quotes_speaker_source ON quotes(speaker_actor_id, source_id, review);
CREATE INDEX sources_id_published  ON sources(id, published);

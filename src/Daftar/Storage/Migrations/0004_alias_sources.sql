-- Where a name an actor goes by was read: the source whose text used it, or NULL for names from the gazetteer, from an
-- analyst, or recorded before this column. The public sees a name only when it is not from a confidential source.
ALTER TABLE actor_aliases ADD COLUMN source_id INTEGER REFERENCES sources(id);

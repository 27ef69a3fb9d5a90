-- Central sync, second part: the link state the desk shows (ADR 0017) and dossiers that move between
-- offices (ADR 0018). Numbered 7 to stay clear of the migrations other changes were adding alongside.

-- Why the last attempt of a stream failed: UNREACHABLE (link or central down), REFUSED (a person must
-- act: schema version, role, registration) or FAILED (anything else). NULL after a success.
ALTER TABLE sync_cursor ADD COLUMN last_problem VARCHAR(16);

-- Where each dossier (a person and the rows keyed by person.id) stands with central. A person with no
-- row here is a dossier this office made and has not pushed yet: it is owned here.
--   OWNED      this office owns it and may change it
--   MOVED      it now belongs to owner_code (transferred); the local rows are a read-only old copy
--   COPY       pulled on demand from owner_code; read-only
--   IN_REVIEW  an edit of it collided at central and waits in central's review list
-- central_version: central's version this copy is based on (0: never on central).
-- pushed_version:  the local person.version central has seen; a higher person.version is an edit not
--                  yet pushed, which a pull must never overwrite.
CREATE TABLE dossier_sync (
    person_id       UUID        PRIMARY KEY REFERENCES person (id),
    owner_code      VARCHAR(16) NOT NULL,
    state           VARCHAR(16) NOT NULL,
    central_version BIGINT      NOT NULL DEFAULT 0,
    pushed_version  BIGINT      NOT NULL DEFAULT 0,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT dossier_sync_state_ck CHECK (state IN ('OWNED', 'MOVED', 'COPY', 'IN_REVIEW'))
);

-- Sync with the central office (ADR 0010-central-sync-cursors-versions-roles).
-- Trigger-free: the push reads office_event by its id and the ticket rows those events name, so
-- nothing here is written by the queue's own transactions. These tables only remember how far the
-- sync got, and hold what it pulled.

-- One row per sync stream ('push', 'pull-catalog-service'): the cursor, and what `sync status` shows.
-- push: cursor_mark = every office_event id at or below it is on central (or was a rolled-back id).
-- pull: cursor_mark = central xid8 horizon, cursor_key = last row id inside a split horizon.
CREATE TABLE sync_cursor (
    stream          VARCHAR(32)   PRIMARY KEY,
    cursor_mark     BIGINT        NOT NULL DEFAULT 0,
    cursor_key      UUID,
    rows_synced     BIGINT        NOT NULL DEFAULT 0,
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    last_success_at TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000)
);

-- The regional services catalogue, pulled from central; read-only here. A deleted entry stays as a
-- tombstone (deleted = TRUE) so a later pull cannot bring it back.
CREATE TABLE catalog_service (
    id       UUID         PRIMARY KEY,
    code     VARCHAR(16)  NOT NULL,
    name_it  VARCHAR(200) NOT NULL,
    name_en  VARCHAR(200) NOT NULL,
    area     VARCHAR(16)  NOT NULL,
    active   BOOLEAN      NOT NULL DEFAULT TRUE,
    deleted  BOOLEAN      NOT NULL DEFAULT FALSE,
    version  BIGINT       NOT NULL DEFAULT 1
);

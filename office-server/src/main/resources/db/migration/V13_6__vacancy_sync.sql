-- Vacancies go to central (issue 12; central V5_2, ADR 37). Saving or closing a vacancy bumps its version;
-- the sync sends the rows whose version central has not confirmed (pushed_version) and records it only after
-- central committed: the row itself is the outbox, so a vacancy published while central is away waits here,
-- across restarts, and goes when the link returns. Contacts and shortlists never bump it and never go.
ALTER TABLE vacancy ADD COLUMN pushed_version BIGINT NOT NULL DEFAULT 0;
CREATE INDEX vacancy_unpushed_ix ON vacancy (pushed_version, version);

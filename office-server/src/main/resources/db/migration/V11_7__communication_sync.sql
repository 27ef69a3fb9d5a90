-- Company communications go to central (central V4_2). Each change bumps version; the sync sends the rows
-- whose version central has not seen (pushed_version) and records what it sent after central committed. A
-- communication is recorded before its stamped copy is issued and linked later, so the link is a second
-- version that goes when it is made, not only with the dossier's next event.
ALTER TABLE company_communication ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE company_communication ADD COLUMN pushed_version BIGINT NOT NULL DEFAULT 0;
CREATE INDEX company_communication_unpushed_ix ON company_communication (pushed_version, version);

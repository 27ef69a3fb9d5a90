-- Nightly backups of the office database (ADR 25): when the office server takes one (office time) and
-- how many it keeps in DATA/backups. Office set-up keys backup.time and backup.keep; kept with the office,
-- like session_idle_minutes, so the set-up file is the one place an office's IT staff configure them.
ALTER TABLE office ADD COLUMN backup_time TIME NOT NULL DEFAULT TIME '02:30:00';
ALTER TABLE office ADD COLUMN backups_kept INT NOT NULL DEFAULT 14;
ALTER TABLE office ADD CONSTRAINT office_backups_kept_ck CHECK (backups_kept BETWEEN 1 AND 365);

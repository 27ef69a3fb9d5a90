-- Offices on schema version 6 (the document archive, ADR 15) sync as before: the archive's tables stay in
-- the office, and its new office_event types (DOCUMENT_REPRINTED, SCAN_ATTACHED) fit the existing columns.
-- Numbered 2.6 so a central migration written beside it as V2 still runs first.
UPDATE sync_contract SET office_schema_max = 6 WHERE office_schema_max < 6;

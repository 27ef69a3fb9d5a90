-- Central sync, third part (ADR 0021). Numbered 8.3 to stay clear of the migrations other changes add.

-- What went wrong in the last failed round, finer than last_problem, for the desk's own words
-- (org.sportello.model.sync.SyncFault); NULL after a success.
ALTER TABLE sync_cursor ADD COLUMN last_fault VARCHAR(32);

-- How many entries of central's review list this office can see and nobody has resolved yet, as the
-- last round found them (NULL: not asked yet). Written on the push stream's row.
ALTER TABLE sync_cursor ADD COLUMN open_reviews INT;

-- The push now carries the protocol register and the document archive, found through their events.
-- Events already pushed would never bring theirs: move the push cursor back to just before the first
-- document event it has passed. Everything from there is sent again once, which the idempotent
-- upserts make harmless (events already on central are skipped, tickets keep the newer version).
UPDATE sync_cursor SET cursor_mark = COALESCE((SELECT MIN(e.id) - 1 FROM office_event e
        WHERE e.type IN ('PROTOCOL_REGISTERED', 'PROTOCOL_ANNULLED', 'DOCUMENT_REPRINTED', 'SCAN_ATTACHED')
          AND e.id <= sync_cursor.cursor_mark), cursor_mark)
    WHERE stream = 'push';

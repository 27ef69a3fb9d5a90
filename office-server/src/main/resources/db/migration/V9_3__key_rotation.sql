-- Key rotation (sportello keys rotate, ADR 23): a retired key keeps its public half so papers it
-- sealed still verify, and loses its private half, so a key that may have leaked can seal nothing more.
ALTER TABLE office_signing_key ALTER COLUMN private_key DROP NOT NULL;
ALTER TABLE office_signing_key ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;

-- The seal printed on each paper (SealPayload.encode()), so a duplicate's short receipt carries the
-- very seal of the original even after the key that made it was retired. Null for papers archived
-- before this column.
ALTER TABLE archived_document ADD COLUMN seal VARCHAR(300);

-- Attendance stamping at the kiosk (issue 13 part 4, ADR 35).
-- stamping_offered: citizens stamp their attendance card at the kiosk here (set-up key stamping.offered).
ALTER TABLE office ADD COLUMN stamping_offered BOOLEAN NOT NULL DEFAULT FALSE;

-- A stamp's protocol entry is registered by the kiosk station, not by an operator: operator_id stays empty and
-- the station is named instead; every entry names one or the other.
ALTER TABLE protocol_entry ALTER COLUMN operator_id DROP NOT NULL;
ALTER TABLE protocol_entry ADD COLUMN station VARCHAR(64);
ALTER TABLE protocol_entry ADD CONSTRAINT protocol_entry_by_ck CHECK (operator_id IS NOT NULL OR station IS NOT NULL);
ALTER TABLE protocol_entry DROP CONSTRAINT protocol_entry_kind_ck;
ALTER TABLE protocol_entry ADD CONSTRAINT protocol_entry_kind_ck CHECK (kind IN ('INCOMING_COMPANY_COMMUNICATION',
    'DOCUMENTS_RECEIVED', 'CERTIFICATE_ISSUED', 'OUTGOING_LETTER', 'ATTENDANCE_STAMPING'));

-- One row per stamp, part of the citizen's file (kept with it: not a ticket, no retention of its own).
-- stamp_day is the office's day of the stamp; one stamp per person and day, whatever the concurrency.
CREATE TABLE attendance_stamp (
    id                UUID PRIMARY KEY,
    office_id         UUID         NOT NULL REFERENCES office (id),
    person_id         UUID         NOT NULL REFERENCES person (id),
    stamp_day         DATE         NOT NULL,
    stamped_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    station           VARCHAR(64)  NOT NULL,
    protocol_entry_id UUID         NOT NULL REFERENCES protocol_entry (id),
    protocol_code     VARCHAR(32)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT attendance_stamp_day_uk UNIQUE (person_id, stamp_day)
);
CREATE INDEX attendance_stamp_person_ix ON attendance_stamp (person_id, stamped_at);

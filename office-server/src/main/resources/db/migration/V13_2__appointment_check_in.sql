-- Check-in at the kiosk and no-shows (issue 13 part 3, ADR 34).
-- early_minutes: a citizen may check in (and be called) from the appointment's start less this;
-- late_minutes: until its start plus this; an appointment not checked in by its end plus this is a no-show.
-- walk_in_fallback: a citizen turned away (too early, too late, wrong day, no appointment) gets a walk-in
-- ticket of checkin_service instead; checkin_service is also the service appointment tickets are numbered in.
ALTER TABLE agenda_rule ADD COLUMN early_minutes INT NOT NULL DEFAULT 15;
ALTER TABLE agenda_rule ADD COLUMN late_minutes INT NOT NULL DEFAULT 15;
ALTER TABLE agenda_rule ADD COLUMN walk_in_fallback BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE agenda_rule ADD COLUMN checkin_service VARCHAR(16) NOT NULL DEFAULT 'E';
ALTER TABLE agenda_rule ADD CONSTRAINT agenda_rule_margins_ck CHECK (early_minutes BETWEEN 0 AND 240
    AND late_minutes BETWEEN 0 AND 240);

-- An appointment ticket names the operator it is booked with and when it may first be called; both fixed at
-- check-in. NULL for walk-ins.
ALTER TABLE ticket ADD COLUMN booked_operator_id UUID;
ALTER TABLE ticket ADD COLUMN call_from TIMESTAMP WITH TIME ZONE;

ALTER TABLE appointment ADD COLUMN checked_in_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX appointment_letter_ix ON appointment (letter);
CREATE INDEX appointment_open_ix ON appointment (status, ends_at);

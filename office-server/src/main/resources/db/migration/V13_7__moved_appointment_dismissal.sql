-- A supervisor may dismiss an appointment of a dossier moved here instead of booking it again (ADR 40): the citizen
-- no longer needs it. The row stays, with who dismissed it, when and why; it leaves the to-rebook list.
ALTER TABLE moved_appointment ADD COLUMN dismissed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE moved_appointment ADD COLUMN dismissed_by VARCHAR(64);
ALTER TABLE moved_appointment ADD COLUMN dismiss_reason VARCHAR(200);
ALTER TABLE moved_appointment ADD CONSTRAINT moved_appointment_dismissed_ck CHECK (dismissed_at IS NULL
    OR (to_rebook AND rebooked_to IS NULL AND dismissed_by IS NOT NULL AND dismiss_reason IS NOT NULL));

-- Personal data by the rules (GDPR art. 5 and 9; ADR 0026). A ticket's codice fiscale and its priority
-- class (pregnancy and disability are special categories of data) are needed while the citizen is
-- served, not afterwards: the office server erases both a set number of days after the ticket's day
-- (office set-up key privacy.ticket.days), and `sportello privacy erase` erases them for one person.

-- Days after a ticket's day until its codice fiscale and priority class are erased.
ALTER TABLE office ADD COLUMN ticket_data_days INT NOT NULL DEFAULT 30;
ALTER TABLE office ADD CONSTRAINT office_ticket_data_days_ck CHECK (ticket_data_days BETWEEN 1 AND 3650);

-- An erased ticket keeps its counts (service, day, times, outcome) and loses who and which priority.
-- erased_at is the time of the PERSONAL_DATA_ERASED event that erased it: the sync finds the tickets
-- an erasure changed by it, as it finds a day close's tickets by finished_at.
ALTER TABLE ticket ALTER COLUMN priority DROP NOT NULL;
ALTER TABLE ticket ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ticket_erased_ix ON ticket (erased_at);
CREATE INDEX ticket_citizen_ix ON ticket (citizen_tax_code);

-- Every erasure, without the erased values (not even the codice fiscale): who asked, when, why, what
-- kinds of data and how many rows; and what was kept, with its legal basis, for a person's request.
CREATE TABLE privacy_erasure (
    id               UUID PRIMARY KEY,
    office_id        UUID          NOT NULL REFERENCES office (id),
    erased_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    requested_by     VARCHAR(64)   NOT NULL,
    reason           VARCHAR(500)  NOT NULL,
    tickets_erased   INT           NOT NULL,
    events_erased    INT           NOT NULL,
    kept_protocol    INT           NOT NULL DEFAULT 0,
    kept_documents   INT           NOT NULL DEFAULT 0,
    kept_dossiers    INT           NOT NULL DEFAULT 0,
    CONSTRAINT privacy_erasure_kind_ck CHECK (kind IN ('RETENTION', 'REQUEST'))
);
CREATE INDEX privacy_erasure_office_ix ON privacy_erasure (office_id, erased_at);

-- A ticket's TICKET_ISSUED event names its priority class: erased with the ticket's. Tickets already
-- past the default 30 days are erased by the server's first retention run, not here, so that the
-- sync hears of it through a PERSONAL_DATA_ERASED event.

-- Failed log-ins record the station and the time, never the typed text: before V9_2 an unknown login
-- was logged as typed, which may have been a password.
UPDATE office_event SET detail = '(unknown login)'
    WHERE type = 'LOGIN_FAILED' AND operator_id IS NULL AND detail IS NOT NULL
      AND detail NOT IN ('(unknown login)', '(badge)');

-- The office agenda (issue 13, ADR 34): bookable calendars, the booking rule and the appointments.

-- One calendar per case manager or specialist (owner = the operator's login) or per workshop (owner = its code,
-- with a room and seats). Working hours in WorkingHours' text form ("MON 08:30-12:30; TUE ..."), read by the model.
CREATE TABLE agenda_calendar (
    id             UUID PRIMARY KEY,
    office_id      UUID         NOT NULL REFERENCES office (id),
    owner          VARCHAR(64)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    hours          VARCHAR(600) NOT NULL,
    workshop_room  VARCHAR(100),
    workshop_seats INT,
    version        BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT agenda_calendar_owner_uk UNIQUE (office_id, owner),
    CONSTRAINT agenda_calendar_workshop_ck CHECK ((workshop_room IS NULL AND workshop_seats IS NULL)
        OR (workshop_room IS NOT NULL AND workshop_seats >= 1))
);

-- A kind's slot length in one calendar, where it differs from the kind's default.
CREATE TABLE agenda_slot_length (
    calendar_id UUID        NOT NULL REFERENCES agenda_calendar (id) ON DELETE CASCADE,
    kind        VARCHAR(24) NOT NULL,
    minutes     INT         NOT NULL,
    PRIMARY KEY (calendar_id, kind),
    CONSTRAINT agenda_slot_length_ck CHECK (minutes BETWEEN 5 AND 480)
);

-- Absences in the office's wall-clock time.
CREATE TABLE agenda_absence (
    id          UUID PRIMARY KEY,
    calendar_id UUID         NOT NULL REFERENCES agenda_calendar (id) ON DELETE CASCADE,
    starts_at   TIMESTAMP    NOT NULL,
    ends_at     TIMESTAMP    NOT NULL,
    reason      VARCHAR(200) NOT NULL,
    CONSTRAINT agenda_absence_ck CHECK (ends_at > starts_at)
);

CREATE INDEX agenda_absence_calendar_ix ON agenda_absence (calendar_id, starts_at);

-- The office's booking rule (seed 000 shipped) and the check-in margins; one row per office.
CREATE TABLE agenda_rule (
    office_id            UUID PRIMARY KEY REFERENCES office (id),
    with_case_manager    BOOLEAN NOT NULL,
    afternoon_from       TIME    NOT NULL,
    notice_minutes       INT     NOT NULL,
    horizon_days         INT     NOT NULL,
    first_free_otherwise BOOLEAN NOT NULL,
    version              BIGINT  NOT NULL DEFAULT 1,
    CONSTRAINT agenda_rule_ck CHECK (notice_minutes BETWEEN 0 AND 1440 AND horizon_days BETWEEN 1 AND 366)
);

INSERT INTO agenda_rule (office_id, with_case_manager, afternoon_from, notice_minutes, horizon_days,
                         first_free_otherwise)
SELECT id, TRUE, TIME '13:00:00', 10, 30, TRUE FROM office;

-- Appointments. A row is never deleted: cancelling or rebooking changes its status and keeps it as history
-- (a rebooked row names its successor). While it holds its place (BOOKED, CHECKED_IN) `held` is 1, else NULL:
-- the unique key then allows one appointment per calendar, start and seat, whatever the concurrency (NULLs
-- never clash, so history rows stay). Overlaps between different starts are refused by the booking itself,
-- which locks the calendar row first.
CREATE TABLE appointment (
    id            UUID PRIMARY KEY,
    office_id     UUID         NOT NULL REFERENCES office (id),
    calendar_id   UUID         NOT NULL REFERENCES agenda_calendar (id),
    person_id     UUID         NOT NULL REFERENCES person (id),
    tax_code      VARCHAR(16)  NOT NULL,
    kind          VARCHAR(24)  NOT NULL,
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    seat          INT          NOT NULL,
    held          INT,
    status        VARCHAR(16)  NOT NULL,
    bring         VARCHAR(300) NOT NULL,
    rebooked_to   UUID,
    letter        VARCHAR(32),
    ticket_code   VARCHAR(16),
    booked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    booked_by     VARCHAR(64)  NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE,
    changed_by    VARCHAR(64),
    change_reason VARCHAR(200),
    version       BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT appointment_slot_uk UNIQUE (calendar_id, starts_at, seat, held),
    CONSTRAINT appointment_held_ck CHECK ((held = 1 AND status IN ('BOOKED', 'CHECKED_IN'))
        OR (held IS NULL AND status IN ('NO_SHOW', 'CANCELLED', 'REBOOKED', 'TO_BE_REBOOKED'))),
    CONSTRAINT appointment_status_ck CHECK (status IN ('BOOKED', 'CHECKED_IN', 'NO_SHOW', 'CANCELLED', 'REBOOKED',
        'TO_BE_REBOOKED')),
    CONSTRAINT appointment_kind_ck CHECK (kind IN ('CASE_MANAGER_TALK', 'ORIENTATION_INTERVIEW', 'SPECIALIST_SERVICE',
        'WORKSHOP', 'COMPANY_MEETING', 'MATCHING_INTERVIEW')),
    CONSTRAINT appointment_time_ck CHECK (ends_at > starts_at)
);

CREATE INDEX appointment_calendar_ix ON appointment (calendar_id, starts_at);
CREATE INDEX appointment_person_ix ON appointment (person_id, starts_at);
CREATE INDEX appointment_tax_code_ix ON appointment (tax_code, starts_at);

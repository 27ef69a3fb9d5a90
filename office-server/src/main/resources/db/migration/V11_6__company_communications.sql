-- Company communications handed in at the counter (issue 11, servizi amministrativi), their deadline
-- rules as office data, and the ISCO-08 code on job movements.

-- By when a communication of each kind must reach the office: days after the event (negative: before).
CREATE TABLE communication_deadline (
    kind       VARCHAR(16) PRIMARY KEY,
    days       INT         NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT communication_deadline_kind_ck CHECK (kind IN ('HIRING', 'TERMINATION', 'TRANSFORMATION', 'EXTENSION')),
    CONSTRAINT communication_deadline_days_ck CHECK (days BETWEEN -366 AND 366)
);

-- Shipped defaults: a hiring by the day before work starts, a termination within 5 days; transformations
-- and extensions within 5 days of taking effect.
INSERT INTO communication_deadline (kind, days, changed_at) VALUES
    ('HIRING', -1, CURRENT_TIMESTAMP),
    ('TERMINATION', 5, CURRENT_TIMESTAMP),
    ('TRANSFORMATION', 5, CURRENT_TIMESTAMP),
    ('EXTENSION', 5, CURRENT_TIMESTAMP);

CREATE TABLE company_communication (
    id                 UUID PRIMARY KEY,
    office_id          UUID         NOT NULL REFERENCES office (id),
    kind               VARCHAR(16)  NOT NULL,
    employer_tax_code  VARCHAR(16)  NOT NULL,
    employer_name      VARCHAR(200) NOT NULL,
    person_id          UUID         NOT NULL REFERENCES person (id),
    event_on           DATE         NOT NULL,
    end_on             DATE,
    contract_type      VARCHAR(16)  NOT NULL,
    occupation_code    VARCHAR(4)   NOT NULL,
    pages              INT          NOT NULL,
    handed_in_on       DATE         NOT NULL,
    deadline_on        DATE         NOT NULL,
    late               BOOLEAN      NOT NULL,
    job_movement_id    UUID         NOT NULL REFERENCES job_movement (id),
    -- The stamped copy's register entry; null only between recording and stamping.
    protocol_entry_id  UUID REFERENCES protocol_entry (id),
    operator_id        UUID         NOT NULL REFERENCES operator (id),
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT company_communication_kind_ck CHECK (kind IN ('HIRING', 'TERMINATION', 'TRANSFORMATION', 'EXTENSION')),
    CONSTRAINT company_communication_pages_ck CHECK (pages BETWEEN 1 AND 200)
);

CREATE INDEX company_communication_late_ix ON company_communication (late, handed_in_on);

ALTER TABLE job_movement ADD COLUMN occupation_code VARCHAR(4);

-- Office queue schema. Portable between H2 (MODE=PostgreSQL) and PostgreSQL.
-- Tables that sync with central carry a UUIDv7 key, office_id and version.

CREATE TABLE office (
    id          UUID PRIMARY KEY,
    code        VARCHAR(16)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    address     VARCHAR(300),
    time_zone   VARCHAR(64)  NOT NULL DEFAULT 'Europe/Rome',
    version     BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT office_code_uk UNIQUE (code)
);

CREATE TABLE service (
    id                      UUID PRIMARY KEY,
    office_id               UUID         NOT NULL REFERENCES office (id),
    prefix                  VARCHAR(2)   NOT NULL,
    name_it                 VARCHAR(200) NOT NULL,
    name_en                 VARCHAR(200) NOT NULL,
    description_it          VARCHAR(500),
    description_en          VARCHAR(500),
    area                    VARCHAR(16)  NOT NULL,
    target_wait_minutes     INT          NOT NULL,
    default_service_minutes INT          NOT NULL DEFAULT 8,
    display_order           INT          NOT NULL DEFAULT 0,
    active                  BOOLEAN      NOT NULL DEFAULT TRUE,
    version                 BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT service_prefix_uk UNIQUE (office_id, prefix),
    CONSTRAINT service_area_ck CHECK (area IN ('PERSONS', 'COMPANIES')),
    CONSTRAINT service_target_ck CHECK (target_wait_minutes > 0 AND default_service_minutes > 0)
);

-- Opening hours: one row per day-of-week interval (1 = Monday … 7 = Sunday).
CREATE TABLE service_hours (
    service_id  UUID NOT NULL REFERENCES service (id),
    day_of_week INT  NOT NULL,
    opens_at    TIME NOT NULL,
    closes_at   TIME NOT NULL,
    PRIMARY KEY (service_id, day_of_week, opens_at),
    CONSTRAINT service_hours_day_ck CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT service_hours_span_ck CHECK (closes_at > opens_at)
);

CREATE TABLE operator (
    id            UUID PRIMARY KEY,
    office_id     UUID         NOT NULL REFERENCES office (id),
    login         VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(300) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT operator_login_uk UNIQUE (office_id, login),
    CONSTRAINT operator_role_ck CHECK (role IN ('OPERATOR', 'SUPERVISOR', 'ADMIN'))
);

CREATE TABLE counter (
    id                  UUID PRIMARY KEY,
    office_id           UUID        NOT NULL REFERENCES office (id),
    number              INT         NOT NULL,
    name                VARCHAR(100),
    state               VARCHAR(16) NOT NULL DEFAULT 'CLOSED',
    pause_reason        VARCHAR(200),
    operator_id         UUID REFERENCES operator (id),
    version             BIGINT      NOT NULL DEFAULT 1,
    CONSTRAINT counter_number_uk UNIQUE (office_id, number),
    CONSTRAINT counter_state_ck CHECK (state IN ('CLOSED', 'OPEN', 'PAUSED'))
);

-- Which services a counter serves, with a weight for call-next (1 = normal).
CREATE TABLE counter_service (
    counter_id UUID NOT NULL REFERENCES counter (id),
    service_id UUID NOT NULL REFERENCES service (id),
    weight     INT  NOT NULL DEFAULT 1,
    PRIMARY KEY (counter_id, service_id),
    CONSTRAINT counter_service_weight_ck CHECK (weight BETWEEN 1 AND 100)
);

-- Gapless daily numbering: one row per office/service/day, bumped inside the
-- issuing transaction.
CREATE TABLE ticket_sequence (
    office_id   UUID NOT NULL REFERENCES office (id),
    service_id  UUID NOT NULL REFERENCES service (id),
    service_day DATE NOT NULL,
    last_number INT  NOT NULL,
    PRIMARY KEY (office_id, service_id, service_day)
);

CREATE TABLE ticket (
    id                     UUID PRIMARY KEY,
    office_id              UUID        NOT NULL REFERENCES office (id),
    service_id             UUID        NOT NULL REFERENCES service (id),
    issued_service_id      UUID        NOT NULL REFERENCES service (id),
    service_day            DATE        NOT NULL,
    number                 INT         NOT NULL,
    code                   VARCHAR(8)  NOT NULL,
    kind                   VARCHAR(16) NOT NULL DEFAULT 'WALK_IN',
    priority               VARCHAR(16) NOT NULL DEFAULT 'STANDARD',
    status                 VARCHAR(16) NOT NULL,
    language               VARCHAR(8)  NOT NULL DEFAULT 'it',
    issued_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Place in line: set at issue, kept across transfers.
    queued_since           TIMESTAMP WITH TIME ZONE NOT NULL,
    called_at              TIMESTAMP WITH TIME ZONE,
    finished_at            TIMESTAMP WITH TIME ZONE,
    counter_id             UUID REFERENCES counter (id),
    operator_id            UUID REFERENCES operator (id),
    -- A transfer to a named counter: only that counter may call the ticket.
    target_counter_id      UUID REFERENCES counter (id),
    recall_count           INT         NOT NULL DEFAULT 0,
    outcome                VARCHAR(32),
    estimated_wait_minutes INT,
    people_ahead           INT,
    idempotency_key        VARCHAR(64),
    -- Reserved for coming work: appointment check-in and identified citizens.
    appointment_at         TIMESTAMP WITH TIME ZONE,
    assigned_operator_id   UUID REFERENCES operator (id),
    citizen_tax_code       VARCHAR(16),
    version                BIGINT      NOT NULL DEFAULT 1,
    CONSTRAINT ticket_number_uk UNIQUE (office_id, issued_service_id, service_day, number),
    CONSTRAINT ticket_idempotency_uk UNIQUE (idempotency_key),
    CONSTRAINT ticket_kind_ck CHECK (kind IN ('WALK_IN', 'APPOINTMENT')),
    CONSTRAINT ticket_priority_ck CHECK (priority IN ('STANDARD', 'DISABILITY', 'PREGNANCY', 'ELDERLY')),
    CONSTRAINT ticket_status_ck CHECK (status IN ('WAITING', 'CALLED', 'DONE', 'NO_SHOW', 'CANCELLED', 'UNSERVED'))
);

CREATE INDEX ticket_waiting_ix ON ticket (office_id, status, service_id, queued_since);
CREATE INDEX ticket_counter_ix ON ticket (counter_id, status);

-- Items a citizen picked at the self-consultation terminal (job offers,
-- courses) that travel with the ticket to the counter. Filled by later work.
CREATE TABLE ticket_item (
    ticket_id UUID        NOT NULL REFERENCES ticket (id),
    position  INT         NOT NULL,
    item_kind VARCHAR(32) NOT NULL,
    item_ref  VARCHAR(64) NOT NULL,
    PRIMARY KEY (ticket_id, position)
);

-- Append-only bus and audit trail: one row per state change, written in the
-- same transaction as the change.
CREATE TABLE office_event (
    id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    event_id       UUID        NOT NULL,
    office_id      UUID        NOT NULL REFERENCES office (id),
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    type           VARCHAR(40) NOT NULL,
    ticket_id      UUID,
    ticket_code    VARCHAR(8),
    service_id     UUID,
    counter_id     UUID,
    counter_number INT,
    operator_id    UUID,
    detail         VARCHAR(1000),
    CONSTRAINT office_event_uk UNIQUE (event_id)
);

CREATE INDEX office_event_office_ix ON office_event (office_id, id);

-- Vacancies recorded at the desk (issue 12, service D; ADR 33): what a company asks for, the contacts the
-- office logs with candidates, and the shortlists it prints. V12_1..V12_9 belong to the offer catalogue.

-- Requirements are kept as the catalogue's values need them: skills one per line, languages "en:B2,de:B1",
-- licences "B,C". employer_contact and the name reach the catalogue (and central) only with
-- publish_employer.
CREATE TABLE vacancy (
    id                UUID PRIMARY KEY,
    office_id         UUID          NOT NULL REFERENCES office (id),
    employer_code     VARCHAR(16)   NOT NULL,
    employer_name     VARCHAR(200)  NOT NULL,
    employer_contact  VARCHAR(200),
    publish_employer  BOOLEAN       NOT NULL DEFAULT FALSE,
    title             VARCHAR(200)  NOT NULL,
    description       VARCHAR(4000),
    isco              VARCHAR(4)    NOT NULL,
    municipality      VARCHAR(100)  NOT NULL,
    province          VARCHAR(2),
    lat               DOUBLE PRECISION,
    lon               DOUBLE PRECISION,
    contract          VARCHAR(16)   NOT NULL,
    hours             VARCHAR(8)    NOT NULL,
    positions         INT           NOT NULL,
    min_isced         INT           NOT NULL DEFAULT -1,
    years_experience  INT           NOT NULL DEFAULT 0,
    skills            VARCHAR(2000) NOT NULL DEFAULT '',
    languages         VARCHAR(200)  NOT NULL DEFAULT '',
    licences          VARCHAR(100)  NOT NULL DEFAULT '',
    publish_on        DATE          NOT NULL,
    expires_on        DATE          NOT NULL,
    status            VARCHAR(8)    NOT NULL DEFAULT 'OPEN',
    outcome           VARCHAR(16),
    closed_on         DATE,
    recorded_by       VARCHAR(64)   NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 1,
    CONSTRAINT vacancy_status_ck CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT vacancy_outcome_ck CHECK ((status = 'OPEN' AND outcome IS NULL)
        OR (status = 'CLOSED' AND outcome IN ('FILLED', 'NOT_FILLED', 'WITHDRAWN'))),
    CONSTRAINT vacancy_positions_ck CHECK (positions BETWEEN 1 AND 999),
    CONSTRAINT vacancy_dates_ck CHECK (expires_on >= publish_on),
    CONSTRAINT vacancy_coords_ck CHECK ((lat IS NULL) = (lon IS NULL))
);

CREATE INDEX vacancy_status_ix ON vacancy (status, expires_on);

-- Each contact with a candidate about a vacancy and what came of it. share_contact: the candidate agreed that
-- the company may have their phone and e-mail on the shortlist.
CREATE TABLE vacancy_contact (
    id             UUID PRIMARY KEY,
    office_id      UUID         NOT NULL REFERENCES office (id),
    vacancy_id     UUID         NOT NULL REFERENCES vacancy (id),
    person_id      UUID         NOT NULL REFERENCES person (id),
    outcome        VARCHAR(16)  NOT NULL,
    share_contact  BOOLEAN      NOT NULL DEFAULT FALSE,
    note           VARCHAR(500),
    operator_login VARCHAR(64)  NOT NULL,
    contacted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT vacancy_contact_outcome_ck CHECK (outcome IN ('NO_ANSWER', 'NOT_INTERESTED', 'INTERESTED', 'PROPOSED',
        'HIRED', 'NOT_CHOSEN'))
);

CREATE INDEX vacancy_contact_vacancy_ix ON vacancy_contact (vacancy_id, contacted_at);
CREATE INDEX vacancy_contact_person_ix ON vacancy_contact (person_id);

-- The shortlists printed for a vacancy: the protocol entry (register and archive hold the paper) and who was on it.
CREATE TABLE vacancy_shortlist (
    id                UUID PRIMARY KEY,
    office_id         UUID        NOT NULL REFERENCES office (id),
    vacancy_id        UUID        NOT NULL REFERENCES vacancy (id),
    protocol_number   VARCHAR(32) NOT NULL,
    candidates        INT         NOT NULL,
    issued_by         VARCHAR(64) NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX vacancy_shortlist_vacancy_ix ON vacancy_shortlist (vacancy_id);

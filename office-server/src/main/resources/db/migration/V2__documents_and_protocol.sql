-- Protocol register, office signing keys, and the minimal person data certificates need.
-- Portable between H2 (MODE=PostgreSQL) and PostgreSQL: keys are stored as Base64 text, hashes as hex.

-- A person known to the office. The coming dossier work adds its own tables keyed by person.id
-- (contacts, education, profile...) instead of widening this one; columns here are the ones a
-- certificate prints.
CREATE TABLE person (
    id               UUID PRIMARY KEY,
    office_id        UUID         NOT NULL REFERENCES office (id),
    -- Canonical form (omocodia letters back to digits): one row per person whatever variant was typed.
    tax_code         VARCHAR(16)  NOT NULL,
    family_name      VARCHAR(100) NOT NULL,
    given_names      VARCHAR(100) NOT NULL,
    birth_date       DATE         NOT NULL,
    sex              VARCHAR(1)   NOT NULL,
    birth_place_code VARCHAR(4)   NOT NULL,
    birth_place_name VARCHAR(100),
    -- Registration in the employment-service lists; null while the person is only known.
    registered_on    DATE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT person_tax_code_uk UNIQUE (tax_code),
    CONSTRAINT person_sex_ck CHECK (sex IN ('M', 'F'))
);

-- Declarations of immediate availability (DID). A person may declare, lose and declare again.
CREATE TABLE availability_declaration (
    id          UUID PRIMARY KEY,
    office_id   UUID NOT NULL REFERENCES office (id),
    person_id   UUID NOT NULL REFERENCES person (id),
    declared_on DATE NOT NULL,
    ended_on    DATE,
    version     BIGINT NOT NULL DEFAULT 1,
    CONSTRAINT availability_span_ck CHECK (ended_on IS NULL OR ended_on >= declared_on)
);

CREATE INDEX availability_person_ix ON availability_declaration (person_id, declared_on);

-- Job movements from the companies' mandatory communications (hiring, termination, ...): the
-- source of the status history certificate.
CREATE TABLE job_movement (
    id                UUID PRIMARY KEY,
    office_id         UUID         NOT NULL REFERENCES office (id),
    person_id         UUID         NOT NULL REFERENCES person (id),
    kind              VARCHAR(16)  NOT NULL,
    effective_on      DATE         NOT NULL,
    employer_tax_code VARCHAR(16)  NOT NULL,
    employer_name     VARCHAR(200) NOT NULL,
    contract_type     VARCHAR(60),
    occupation        VARCHAR(200),
    -- The protocol entry of the communication that reported it, when it came through this office.
    protocol_entry_id UUID,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT job_movement_kind_ck CHECK (kind IN ('HIRING', 'TERMINATION', 'TRANSFORMATION', 'EXTENSION'))
);

CREATE INDEX job_movement_person_ix ON job_movement (person_id, effective_on);

-- The office's Ed25519 key pair that signs the codes on its documents (ADR 10). Rotation adds a
-- row and deactivates the old one; old keys stay so old paper still verifies.
CREATE TABLE office_signing_key (
    key_id      VARCHAR(16)  PRIMARY KEY,
    office_id   UUID         NOT NULL REFERENCES office (id),
    algorithm   VARCHAR(16)  NOT NULL,
    public_key  VARCHAR(200) NOT NULL,
    private_key VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE
);

-- Public keys of other offices (they will travel through the central office).
CREATE TABLE known_office_key (
    key_id      VARCHAR(16)  PRIMARY KEY,
    office_code VARCHAR(16)  NOT NULL,
    algorithm   VARCHAR(16)  NOT NULL,
    public_key  VARCHAR(200) NOT NULL,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Gapless protocol numbering per office and year: bumped inside the registering transaction (ADR 6).
CREATE TABLE protocol_sequence (
    office_id     UUID NOT NULL REFERENCES office (id),
    protocol_year INT  NOT NULL,
    last_number   INT  NOT NULL,
    PRIMARY KEY (office_id, protocol_year)
);

-- The protocol register. Rows are never deleted: a mistake is annulled with a reason, and both the
-- registration and the annulment are also written to office_event.
CREATE TABLE protocol_entry (
    id               UUID PRIMARY KEY,
    office_id        UUID         NOT NULL REFERENCES office (id),
    protocol_year    INT          NOT NULL,
    number           INT          NOT NULL,
    code             VARCHAR(32)  NOT NULL,
    kind             VARCHAR(40)  NOT NULL,
    subject_kind     VARCHAR(8)   NOT NULL,
    subject_code     VARCHAR(16)  NOT NULL,
    subject_name     VARCHAR(200),
    title            VARCHAR(300) NOT NULL,
    document_sha256  VARCHAR(64)  NOT NULL,
    operator_id      UUID         NOT NULL REFERENCES operator (id),
    registered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    annulled_at      TIMESTAMP WITH TIME ZONE,
    annulled_by      UUID REFERENCES operator (id),
    annulment_reason VARCHAR(500),
    version          BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT protocol_entry_number_uk UNIQUE (office_id, protocol_year, number),
    CONSTRAINT protocol_entry_code_uk UNIQUE (code),
    CONSTRAINT protocol_entry_number_ck CHECK (number > 0),
    CONSTRAINT protocol_entry_kind_ck CHECK (kind IN ('INCOMING_COMPANY_COMMUNICATION', 'DOCUMENTS_RECEIVED',
        'CERTIFICATE_ISSUED', 'OUTGOING_LETTER')),
    CONSTRAINT protocol_entry_subject_ck CHECK (subject_kind IN ('PERSON', 'COMPANY')),
    CONSTRAINT protocol_entry_sha256_ck CHECK (CHAR_LENGTH(document_sha256) = 64),
    CONSTRAINT protocol_entry_status_ck CHECK (status IN ('REGISTERED', 'ANNULLED')),
    -- An annulment always says when, who and why; a registered entry has none of it.
    CONSTRAINT protocol_entry_annulment_ck CHECK (
        (status = 'REGISTERED' AND annulled_at IS NULL AND annulled_by IS NULL AND annulment_reason IS NULL)
        OR (status = 'ANNULLED' AND annulled_at IS NOT NULL AND annulled_by IS NOT NULL
            AND annulment_reason IS NOT NULL))
);

CREATE INDEX protocol_entry_subject_ix ON protocol_entry (subject_code);

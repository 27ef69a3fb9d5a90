-- The job-offer catalogue (issue 12, ADR 32): this office's vacancies, other offices' (through central)
-- and imported ones, one row each. The search index in the data folder follows this table and is
-- rebuilt from it when lost; nothing is only in the index.
CREATE TABLE job_offer (
    id               VARCHAR(64)   PRIMARY KEY,
    -- OfferSource name: THIS_OFFICE, OTHER_OFFICE, IMPORTED.
    source           VARCHAR(16)   NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    description      VARCHAR(4000) NOT NULL DEFAULT '',
    -- Null: the company did not agree to publish its name (terminals print "riservato").
    employer         VARCHAR(200),
    municipality     VARCHAR(100)  NOT NULL,
    province         VARCHAR(2),
    lat              DOUBLE PRECISION,
    lon              DOUBLE PRECISION,
    -- ISCO-08 code.
    isco             VARCHAR(8),
    -- ContractType and OfferHours names.
    contract         VARCHAR(16)   NOT NULL,
    hours            VARCHAR(8)    NOT NULL,
    positions        INT           NOT NULL DEFAULT 1,
    published        DATE          NOT NULL,
    expires          DATE          NOT NULL,
    -- Requirements: minimum ISCED level (-1 none), years in the occupation, skills one per line,
    -- languages as "code:LEVEL" joined by commas, driving licence categories joined by commas.
    min_isced        INT           NOT NULL DEFAULT -1,
    years_experience INT           NOT NULL DEFAULT 0,
    skills           VARCHAR(4000) NOT NULL DEFAULT '',
    languages        VARCHAR(400)  NOT NULL DEFAULT '',
    licences         VARCHAR(120)  NOT NULL DEFAULT '',
    how_to_apply     VARCHAR(1000),
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT job_offer_source_ck CHECK (source IN ('THIS_OFFICE', 'OTHER_OFFICE', 'IMPORTED')),
    CONSTRAINT job_offer_contract_ck CHECK (contract IN ('PERMANENT', 'FIXED_TERM', 'APPRENTICESHIP',
        'INTERNSHIP', 'TEMPORARY')),
    CONSTRAINT job_offer_hours_ck CHECK (hours IN ('FULL', 'PART')),
    CONSTRAINT job_offer_dates_ck CHECK (expires >= published),
    CONSTRAINT job_offer_positions_ck CHECK (positions >= 1),
    CONSTRAINT job_offer_isced_ck CHECK (min_isced BETWEEN -1 AND 8),
    CONSTRAINT job_offer_located_ck CHECK ((lat IS NULL) = (lon IS NULL))
);

-- Matching and the terminal read the open ones: published, not expired.
CREATE INDEX job_offer_open_ix ON job_offer (expires, published);
-- The index's signature reads the last change (ADR 32): without this, every write would scan the table.
CREATE INDEX job_offer_changed_ix ON job_offer (changed_at);

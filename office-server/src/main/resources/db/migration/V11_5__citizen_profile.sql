-- The citizen's file at the desk ("scheda anagrafica e professionale", issue 11): the parts person
-- does not hold, in tables keyed by person.id (V2's plan), the office's territory, and the file's
-- access log. The profile has its own version for the desk's optimistic locking.

CREATE TABLE person_profile (
    person_id            UUID PRIMARY KEY REFERENCES person (id),
    office_id            UUID         NOT NULL REFERENCES office (id),
    citizenship          VARCHAR(60),
    residence_street     VARCHAR(200),
    residence_postcode   VARCHAR(10),
    residence_town       VARCHAR(100),
    residence_province   VARCHAR(2),
    domicile_street      VARCHAR(200),
    domicile_postcode    VARCHAR(10),
    domicile_town        VARCHAR(100),
    domicile_province    VARCHAR(2),
    phone                VARCHAR(30),
    email                VARCHAR(254),
    -- WorkingHours name; shifts: Shift names joined by commas.
    working_hours        VARCHAR(12)  NOT NULL DEFAULT 'EITHER',
    shifts               VARCHAR(60)  NOT NULL DEFAULT '',
    travel_km            INT          NOT NULL DEFAULT 0,
    -- Driving licence categories joined by commas.
    licences             VARCHAR(120) NOT NULL DEFAULT '',
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           UUID REFERENCES operator (id),
    version              BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT person_profile_hours_ck CHECK (working_hours IN ('FULL_TIME', 'PART_TIME', 'EITHER')),
    CONSTRAINT person_profile_travel_ck CHECK (travel_km BETWEEN 0 AND 1000)
);

-- Lists of the professional part; position keeps the order the desk showed them in.
CREATE TABLE person_education (
    person_id   UUID         NOT NULL REFERENCES person (id),
    position    INT          NOT NULL,
    title       VARCHAR(30)  NOT NULL,
    isced       INT          NOT NULL,
    field       VARCHAR(200),
    institution VARCHAR(200),
    year_done   INT,
    PRIMARY KEY (person_id, position),
    CONSTRAINT person_education_isced_ck CHECK (isced BETWEEN 0 AND 8)
);

CREATE TABLE person_experience (
    person_id       UUID         NOT NULL REFERENCES person (id),
    position        INT          NOT NULL,
    employer        VARCHAR(200) NOT NULL,
    -- ISCO-08 group code (Occupations).
    occupation_code VARCHAR(4),
    role            VARCHAR(200),
    from_on         DATE,
    to_on           DATE,
    PRIMARY KEY (person_id, position),
    CONSTRAINT person_experience_span_ck CHECK (to_on IS NULL OR from_on IS NULL OR to_on >= from_on)
);

CREATE TABLE person_skill (
    person_id UUID         NOT NULL REFERENCES person (id),
    position  INT          NOT NULL,
    skill     VARCHAR(200) NOT NULL,
    PRIMARY KEY (person_id, position)
);

CREATE TABLE person_language (
    person_id UUID        NOT NULL REFERENCES person (id),
    position  INT         NOT NULL,
    language  VARCHAR(60) NOT NULL,
    cefr      VARCHAR(2)  NOT NULL,
    PRIMARY KEY (person_id, position),
    CONSTRAINT person_language_cefr_ck CHECK (cefr IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2'))
);

-- Which office serves each municipality (by domicile). Rows with this office's code are its own area;
-- the others name the office the desk sends a citizen to. Office data: the set-up file's territory.* keys.
CREATE TABLE office_territory (
    municipality_key VARCHAR(120) PRIMARY KEY,
    municipality     VARCHAR(100) NOT NULL,
    province         VARCHAR(2),
    office_code      VARCHAR(16)  NOT NULL,
    office_name      VARCHAR(200) NOT NULL,
    office_address   VARCHAR(300)
);

-- Who opened or changed which part of whose file, and when. Never updated or deleted by the desk.
CREATE TABLE profile_access (
    id          UUID PRIMARY KEY,
    office_id   UUID        NOT NULL REFERENCES office (id),
    person_id   UUID        NOT NULL REFERENCES person (id),
    operator_id UUID        NOT NULL REFERENCES operator (id),
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    action      VARCHAR(8)  NOT NULL,
    part        VARCHAR(16) NOT NULL,
    CONSTRAINT profile_access_action_ck CHECK (action IN ('VIEW', 'CHANGE', 'CREATE'))
);

CREATE INDEX profile_access_person_ix ON profile_access (person_id, at);

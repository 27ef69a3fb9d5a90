-- The citizen's case (issue 11, ADR 29): the DID's channel and history, the case manager, the pact's
-- measures, the office's contact plan rules and the log of who viewed or changed which part of a case.

-- A DID is never deleted: withdrawing it sets ended_on (V2), so the history stays.
ALTER TABLE availability_declaration ADD COLUMN channel VARCHAR(8) DEFAULT 'DESK' NOT NULL;
ALTER TABLE availability_declaration ADD CONSTRAINT availability_channel_ck CHECK (channel IN ('DESK', 'ONLINE'));

-- One case manager per citizen ("presa in carico"). Login and name, not the operator's id: the case travels
-- with the dossier to another office (ADR 18), where the operator's row does not exist.
CREATE TABLE person_case (
    id                 UUID PRIMARY KEY,
    office_id          UUID         NOT NULL REFERENCES office (id),
    person_id          UUID         NOT NULL REFERENCES person (id),
    case_manager_login VARCHAR(64)  NOT NULL,
    case_manager_name  VARCHAR(200) NOT NULL,
    taken_on           DATE         NOT NULL,
    -- The latest service pact issued (its protocol number; the register holds the paper).
    pact_number        VARCHAR(32),
    pact_issued_on     DATE,
    version            BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT person_case_person_uk UNIQUE (person_id)
);

CREATE INDEX person_case_manager_ix ON person_case (case_manager_login);

-- The measures agreed in the pact: what, when, who does it, done or not.
CREATE TABLE pact_measure (
    id          UUID PRIMARY KEY,
    office_id   UUID         NOT NULL REFERENCES office (id),
    person_id   UUID         NOT NULL REFERENCES person (id),
    kind        VARCHAR(24)  NOT NULL,
    due_on      DATE         NOT NULL,
    party       VARCHAR(16)  NOT NULL,
    what        VARCHAR(300) NOT NULL,
    done        BOOLEAN      NOT NULL DEFAULT FALSE,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT pact_measure_kind_ck CHECK (kind IN ('ORIENTATION_INTERVIEW', 'JOB_TALK', 'TRAINING_REFERRAL',
        'JOB_SEARCH_ACTION', 'WORKSHOP', 'JOB_OFFER')),
    CONSTRAINT pact_measure_party_ck CHECK (party IN ('CITIZEN', 'CASE_MANAGER', 'OFFICE'))
);

CREATE INDEX pact_measure_person_ix ON pact_measure (person_id, due_on);

-- The office's minimum contact plan; without a row the shipped defaults (seed 003) apply.
CREATE TABLE contact_plan_rule (
    office_id                 UUID PRIMARY KEY REFERENCES office (id),
    talks_required            INT    NOT NULL,
    talks_weeks               INT    NOT NULL,
    young_below               INT    NOT NULL,
    older_above               INT    NOT NULL,
    first_offer_months_outer  INT    NOT NULL,
    first_offer_months_middle INT    NOT NULL,
    version                   BIGINT NOT NULL DEFAULT 1,
    CONSTRAINT contact_plan_rule_ck CHECK (talks_required >= 0 AND talks_weeks > 0 AND young_below >= 0
        AND older_above >= young_below AND first_offer_months_outer > 0 AND first_offer_months_middle > 0)
);

INSERT INTO contact_plan_rule (office_id, talks_required, talks_weeks, young_below, older_above,
                               first_offer_months_outer, first_offer_months_middle)
SELECT id, 6, 26, 30, 50, 3, 6 FROM office;

-- Who viewed or changed which part of a case, and when. Stays in the office (an audit, not the dossier).
CREATE TABLE case_access (
    id          UUID PRIMARY KEY,
    office_id   UUID        NOT NULL REFERENCES office (id),
    tax_code    VARCHAR(16) NOT NULL,
    operator_id UUID        NOT NULL REFERENCES operator (id),
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    action      VARCHAR(8)  NOT NULL,
    part        VARCHAR(16) NOT NULL,
    CONSTRAINT case_access_action_ck CHECK (action IN ('VIEW', 'CHANGE'))
);

CREATE INDEX case_access_tax_code_ix ON case_access (tax_code, at);

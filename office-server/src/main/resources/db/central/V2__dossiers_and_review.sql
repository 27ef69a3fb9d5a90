-- Dossiers that move between offices, and the review list (ADR 0018).
-- A citizen's dossier (person, availability declarations, job movements) belongs to one office at a
-- time: owner_office_id. Only the owner writes it (row-level security); it moves with an explicit
-- transfer (dossier_transfer, recorded here); an edit that arrives from an office that no longer owns
-- it, or that was based on an older version someone else replaced, is held in sync_review with the
-- office's whole copy, never dropped. Another office reads one dossier on demand, by codice fiscale,
-- through dossier_fetch_* (logged in dossier_access), never by scanning the table.

-- Offices from schema 7 on push dossiers (office migration V7__sync_dossiers).
UPDATE sync_contract SET office_schema_min = 7, office_schema_max = GREATEST(office_schema_max, 7);

CREATE TABLE person (
    id                UUID PRIMARY KEY,
    owner_office_id   UUID         NOT NULL,
    tax_code          VARCHAR(16)  NOT NULL,
    family_name       VARCHAR(100) NOT NULL,
    given_names       VARCHAR(100) NOT NULL,
    birth_date        DATE         NOT NULL,
    sex               VARCHAR(1)   NOT NULL,
    birth_place_code  VARCHAR(4)   NOT NULL,
    birth_place_name  VARCHAR(100),
    registered_on     DATE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Central's version of the whole dossier: +1 for every accepted push and every transfer.
    version           BIGINT       NOT NULL,
    -- The office whose push wrote this version; NULL when central did (a transfer).
    updated_by_office UUID,
    changed_xid       xid8         NOT NULL DEFAULT pg_current_xact_id(),
    CONSTRAINT person_tax_code_uk UNIQUE (tax_code)
);
CREATE INDEX person_owner_changed_ix ON person (owner_office_id, changed_xid, id);

CREATE TABLE availability_declaration (
    id          UUID PRIMARY KEY,
    office_id   UUID   NOT NULL,
    person_id   UUID   NOT NULL REFERENCES person (id),
    declared_on DATE   NOT NULL,
    ended_on    DATE,
    version     BIGINT NOT NULL
);
CREATE INDEX availability_person_ix ON availability_declaration (person_id);

CREATE TABLE job_movement (
    id                UUID PRIMARY KEY,
    office_id         UUID         NOT NULL,
    person_id         UUID         NOT NULL REFERENCES person (id),
    kind              VARCHAR(16)  NOT NULL,
    effective_on      DATE         NOT NULL,
    employer_tax_code VARCHAR(16)  NOT NULL,
    employer_name     VARCHAR(200) NOT NULL,
    contract_type     VARCHAR(60),
    occupation        VARCHAR(200),
    protocol_entry_id UUID,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL
);
CREATE INDEX job_movement_person_ix ON job_movement (person_id);

CREATE FUNCTION stamp_person_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.changed_xid := pg_current_xact_id();
    RETURN NEW;
END
$$;
CREATE TRIGGER person_stamp BEFORE INSERT OR UPDATE ON person
    FOR EACH ROW EXECUTE FUNCTION stamp_person_change();

-- Every move of a dossier, with who asked (an office's role or the administrator) and why.
CREATE TABLE dossier_transfer (
    -- A UUID key, as every pulled table has: the pull resumes inside one transaction's rows by it.
    id             UUID         PRIMARY KEY DEFAULT gen_random_uuid(),
    person_id      UUID         NOT NULL REFERENCES person (id),
    tax_code       VARCHAR(16)  NOT NULL,
    from_office_id UUID         NOT NULL,
    from_code      VARCHAR(16)  NOT NULL,
    to_office_id   UUID         NOT NULL,
    to_code        VARCHAR(16)  NOT NULL,
    version        BIGINT       NOT NULL,
    requested_by   VARCHAR(63)  NOT NULL,
    reason         VARCHAR(300),
    transferred_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    changed_xid    xid8         NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX dossier_transfer_changed_ix ON dossier_transfer (changed_xid, id);

-- Who read which dossier of another office, and when.
CREATE TABLE dossier_access (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    office_id   UUID,
    role_name   VARCHAR(63) NOT NULL,
    tax_code    VARCHAR(16) NOT NULL,
    accessed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- Edits that collided. event_id is the office event that carried the edit, so a re-sent batch adds
-- nothing. office_copy is the office's whole dossier as it pushed it.
CREATE TABLE sync_review (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    office_id       UUID         NOT NULL,
    office_code     VARCHAR(16)  NOT NULL,
    event_id        UUID         NOT NULL,
    person_id       UUID         NOT NULL,
    tax_code        VARCHAR(16)  NOT NULL,
    reason          VARCHAR(32)  NOT NULL,
    base_version    BIGINT       NOT NULL,
    owner_office_id UUID,
    owner_code      VARCHAR(16),
    central_version BIGINT,
    office_copy     JSONB        NOT NULL,
    detected_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    resolved_at     TIMESTAMP WITH TIME ZONE,
    resolved_by     VARCHAR(63),
    resolution      VARCHAR(500),
    CONSTRAINT sync_review_event_uk UNIQUE (event_id),
    CONSTRAINT sync_review_reason_ck CHECK (reason IN ('OWNED_ELSEWHERE', 'CHANGED_ELSEWHERE', 'DUPLICATE_DOSSIER'))
);

-- The office a session speaks for. Inside a SECURITY DEFINER function current_user is the owner, so
-- these functions ask for session_user: the role that logged in.
CREATE FUNCTION session_office_id() RETURNS UUID
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
    AS $$ SELECT office_id FROM office WHERE role_name = session_user $$;

-- Who owns the dossier of a codice fiscale, and at which version; locks it for the caller's
-- transaction when asked (a push decides on it). Tells nothing but ownership and version.
CREATE FUNCTION dossier_head(p_tax_code VARCHAR, p_lock BOOLEAN)
    RETURNS TABLE (person_id UUID, owner_office_id UUID, owner_code VARCHAR, version BIGINT, updated_by_office UUID)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
    AS $$
BEGIN
    IF p_lock THEN
        PERFORM 1 FROM person p WHERE p.tax_code = p_tax_code FOR UPDATE;
    END IF;
    RETURN QUERY SELECT p.id, p.owner_office_id, o.code, p.version, p.updated_by_office
        FROM person p LEFT JOIN office o ON o.office_id = p.owner_office_id
        WHERE p.tax_code = p_tax_code;
END
$$;

-- Moves a dossier to another office. Its owner may ask, and so may the administrator (who is not an
-- office); nobody else. Returns the new version.
CREATE FUNCTION dossier_transfer(p_tax_code VARCHAR, p_to_code VARCHAR, p_reason VARCHAR) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
    AS $$
DECLARE
    caller     UUID := session_office_id();
    is_office  BOOLEAN := EXISTS (SELECT 1 FROM office WHERE role_name = session_user);
    dossier    person%ROWTYPE;
    from_code  VARCHAR;
    target     office%ROWTYPE;
    new_version BIGINT;
BEGIN
    SELECT * INTO dossier FROM person WHERE tax_code = p_tax_code FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'central has no dossier for %: its office has not pushed it yet', p_tax_code
            USING ERRCODE = 'P0002';
    END IF;
    SELECT code INTO from_code FROM office WHERE office_id = dossier.owner_office_id;
    IF is_office AND caller IS DISTINCT FROM dossier.owner_office_id THEN
        RAISE EXCEPTION 'the dossier of % belongs to office %, not to this one: only its owner or the central administrator can move it',
            p_tax_code, from_code USING ERRCODE = '42501';
    END IF;
    SELECT * INTO target FROM office WHERE code = upper(p_to_code);
    IF NOT FOUND OR target.office_id IS NULL THEN
        RAISE EXCEPTION 'office % is not registered on central or has never synced', upper(p_to_code)
            USING ERRCODE = 'P0002';
    END IF;
    IF target.office_id = dossier.owner_office_id THEN
        RAISE EXCEPTION 'the dossier of % already belongs to office %', p_tax_code, target.code
            USING ERRCODE = '22023';
    END IF;
    new_version := dossier.version + 1;
    UPDATE person SET owner_office_id = target.office_id, version = new_version, updated_by_office = NULL
        WHERE id = dossier.id;
    INSERT INTO dossier_transfer (person_id, tax_code, from_office_id, from_code, to_office_id, to_code, version,
                                  requested_by, reason)
        VALUES (dossier.id, dossier.tax_code, dossier.owner_office_id, from_code, target.office_id, target.code,
                new_version, session_user, p_reason);
    RETURN new_version;
END
$$;

-- One dossier of any office, by codice fiscale, for an office that serves that citizen now. Every
-- read is logged.
CREATE FUNCTION dossier_fetch_person(p_tax_code VARCHAR) RETURNS SETOF person
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
    AS $$
BEGIN
    INSERT INTO dossier_access (office_id, role_name, tax_code) VALUES (session_office_id(), session_user, p_tax_code);
    RETURN QUERY SELECT * FROM person WHERE tax_code = p_tax_code;
END
$$;

CREATE FUNCTION dossier_fetch_declarations(p_tax_code VARCHAR) RETURNS SETOF availability_declaration
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
    AS $$ SELECT a.* FROM availability_declaration a JOIN person p ON p.id = a.person_id
          WHERE p.tax_code = p_tax_code ORDER BY a.declared_on, a.id $$;

CREATE FUNCTION dossier_fetch_movements(p_tax_code VARCHAR) RETURNS SETOF job_movement
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
    AS $$ SELECT m.* FROM job_movement m JOIN person p ON p.id = m.person_id
          WHERE p.tax_code = p_tax_code ORDER BY m.effective_on, m.id $$;

REVOKE ALL ON FUNCTION session_office_id(), dossier_head(VARCHAR, BOOLEAN),
    dossier_transfer(VARCHAR, VARCHAR, VARCHAR), dossier_fetch_person(VARCHAR),
    dossier_fetch_declarations(VARCHAR), dossier_fetch_movements(VARCHAR) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION session_office_id(), dossier_head(VARCHAR, BOOLEAN),
    dossier_transfer(VARCHAR, VARCHAR, VARCHAR), dossier_fetch_person(VARCHAR),
    dossier_fetch_declarations(VARCHAR), dossier_fetch_movements(VARCHAR) TO sportello_office;

GRANT SELECT, INSERT, UPDATE ON person TO sportello_office;
GRANT SELECT, INSERT, DELETE ON availability_declaration, job_movement TO sportello_office;
GRANT SELECT ON dossier_transfer TO sportello_office;
GRANT SELECT, INSERT ON sync_review TO sportello_office;

ALTER TABLE person                   ENABLE ROW LEVEL SECURITY;
ALTER TABLE person                   FORCE ROW LEVEL SECURITY;
ALTER TABLE availability_declaration ENABLE ROW LEVEL SECURITY;
ALTER TABLE availability_declaration FORCE ROW LEVEL SECURITY;
ALTER TABLE job_movement             ENABLE ROW LEVEL SECURITY;
ALTER TABLE job_movement             FORCE ROW LEVEL SECURITY;
ALTER TABLE dossier_transfer         ENABLE ROW LEVEL SECURITY;
ALTER TABLE dossier_transfer         FORCE ROW LEVEL SECURITY;
ALTER TABLE dossier_access           ENABLE ROW LEVEL SECURITY;
ALTER TABLE dossier_access           FORCE ROW LEVEL SECURITY;
ALTER TABLE sync_review              ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync_review              FORCE ROW LEVEL SECURITY;

CREATE POLICY central_admin ON person                   TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY central_admin ON availability_declaration TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY central_admin ON job_movement             TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY central_admin ON dossier_transfer         TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY central_admin ON dossier_access           TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY central_admin ON sync_review              TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE);

-- The owner reads and writes its dossiers; WITH CHECK stops it from handing one to another office.
CREATE POLICY office_owned ON person FOR ALL TO sportello_office
    USING (owner_office_id = (SELECT sync_office_id())) WITH CHECK (owner_office_id = (SELECT sync_office_id()));
CREATE POLICY office_owned ON availability_declaration FOR ALL TO sportello_office
    USING (EXISTS (SELECT 1 FROM person p WHERE p.id = person_id AND p.owner_office_id = (SELECT sync_office_id())))
    WITH CHECK (EXISTS (SELECT 1 FROM person p WHERE p.id = person_id AND p.owner_office_id = (SELECT sync_office_id())));
CREATE POLICY office_owned ON job_movement FOR ALL TO sportello_office
    USING (EXISTS (SELECT 1 FROM person p WHERE p.id = person_id AND p.owner_office_id = (SELECT sync_office_id())))
    WITH CHECK (EXISTS (SELECT 1 FROM person p WHERE p.id = person_id AND p.owner_office_id = (SELECT sync_office_id())));
-- Both sides of a transfer see it: the new owner pulls the dossier, the old one marks its copy moved.
CREATE POLICY office_party ON dossier_transfer FOR SELECT TO sportello_office
    USING ((SELECT sync_office_id()) IN (from_office_id, to_office_id));
-- An office files reviews of its own edits and sees those and the ones about dossiers it owned.
CREATE POLICY office_files ON sync_review FOR INSERT TO sportello_office
    WITH CHECK (office_id = (SELECT sync_office_id()));
CREATE POLICY office_reads ON sync_review FOR SELECT TO sportello_office
    USING ((SELECT sync_office_id()) IN (office_id, owner_office_id));

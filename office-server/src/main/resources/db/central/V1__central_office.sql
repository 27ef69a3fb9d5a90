-- Central office schema: PostgreSQL only (row-level security, xid8). ADR 0010.
-- The admin who runs `sportello central init` owns every table. Offices connect as their own login
-- role (`sportello central add-office`), a member of sportello_office, and row-level security
-- (enabled and forced, USING and WITH CHECK) confines them to their own rows plus the catalogues.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sportello_office') THEN
        CREATE ROLE sportello_office NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
    -- Only the roles add-office names may connect (plus superusers and the owner).
    EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());
END
$$;

-- What the sync on both sides must agree on (the handshake): the protocol, and which office schema
-- versions (the office's Flyway version) the central tables mirror.
CREATE TABLE sync_contract (
    singleton         BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    protocol          INT NOT NULL,
    office_schema_min INT NOT NULL,
    office_schema_max INT NOT NULL
);
INSERT INTO sync_contract (protocol, office_schema_min, office_schema_max) VALUES (1, 3, 3);

-- One row per office: its code, the role it logs in as, and the office database it is bound to
-- (set by that office's first handshake, never changed by an office afterwards).
CREATE TABLE office (
    code          VARCHAR(16) PRIMARY KEY,
    role_name     VARCHAR(63) NOT NULL,
    office_id     UUID,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    last_seen_at  TIMESTAMP WITH TIME ZONE,
    office_schema INT,
    CONSTRAINT office_role_uk UNIQUE (role_name),
    CONSTRAINT office_id_uk UNIQUE (office_id)
);

-- The office the connected role speaks for; NULL for anyone else, so policies match nothing.
CREATE FUNCTION sync_office_id() RETURNS UUID
    LANGUAGE sql STABLE SET search_path FROM CURRENT
    AS $$ SELECT office_id FROM office WHERE role_name = current_user $$;

CREATE FUNCTION office_binding_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
    AS $$
BEGIN
    IF OLD.office_id IS NOT NULL AND NEW.office_id IS DISTINCT FROM OLD.office_id
            AND EXISTS (SELECT 1 FROM office WHERE role_name = current_user) THEN
        RAISE EXCEPTION 'office % is already bound to office database %', OLD.code, OLD.office_id
            USING ERRCODE = '42501';
    END IF;
    IF NEW.code IS DISTINCT FROM OLD.code OR NEW.role_name IS DISTINCT FROM OLD.role_name THEN
        IF EXISTS (SELECT 1 FROM office WHERE role_name = current_user) THEN
            RAISE EXCEPTION 'an office cannot rename itself' USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER office_binding_guard BEFORE UPDATE ON office
    FOR EACH ROW EXECUTE FUNCTION office_binding_guard();

-- Tickets as the offices push them; the newer version wins (ADR 0010).
CREATE TABLE ticket (
    id                     UUID PRIMARY KEY,
    office_id              UUID        NOT NULL,
    service_id             UUID        NOT NULL,
    issued_service_id      UUID        NOT NULL,
    service_day            DATE        NOT NULL,
    number                 INT         NOT NULL,
    code                   VARCHAR(8)  NOT NULL,
    kind                   VARCHAR(16) NOT NULL,
    priority               VARCHAR(16) NOT NULL,
    status                 VARCHAR(16) NOT NULL,
    language               VARCHAR(8)  NOT NULL,
    issued_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    queued_since           TIMESTAMP WITH TIME ZONE NOT NULL,
    called_at              TIMESTAMP WITH TIME ZONE,
    finished_at            TIMESTAMP WITH TIME ZONE,
    counter_id             UUID,
    operator_id            UUID,
    target_counter_id      UUID,
    recall_count           INT         NOT NULL,
    outcome                VARCHAR(32),
    estimated_wait_minutes INT,
    people_ahead           INT,
    appointment_at         TIMESTAMP WITH TIME ZONE,
    assigned_operator_id   UUID,
    citizen_tax_code       VARCHAR(16),
    version                BIGINT      NOT NULL,
    synced_at              TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT ticket_number_uk UNIQUE (office_id, issued_service_id, service_day, number)
);

-- Every office's log, append-only: event_id is the key, office_seq the id in the office's own log.
CREATE TABLE office_event (
    event_id       UUID PRIMARY KEY,
    office_id      UUID        NOT NULL,
    office_seq     BIGINT      NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    type           VARCHAR(40) NOT NULL,
    ticket_id      UUID,
    ticket_code    VARCHAR(8),
    service_id     UUID,
    counter_id     UUID,
    counter_number INT,
    operator_id    UUID,
    detail         VARCHAR(1000),
    synced_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT office_event_seq_uk UNIQUE (office_id, office_seq)
);

-- The regional services catalogue: written here by the admin, pulled by every office. A deletion
-- is a tombstone (deleted = TRUE). changed_xid is the writing transaction: the pull cursor.
CREATE TABLE catalog_service (
    id          UUID PRIMARY KEY,
    code        VARCHAR(16)  NOT NULL,
    name_it     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    area        VARCHAR(16)  NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    deleted     BOOLEAN      NOT NULL DEFAULT FALSE,
    version     BIGINT       NOT NULL DEFAULT 1,
    changed_xid xid8         NOT NULL DEFAULT pg_current_xact_id(),
    CONSTRAINT catalog_service_code_uk UNIQUE (code),
    CONSTRAINT catalog_service_area_ck CHECK (area IN ('PERSONS', 'COMPANIES'))
);
CREATE INDEX catalog_service_changed_ix ON catalog_service (changed_xid, id);

CREATE FUNCTION stamp_catalog_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.changed_xid := pg_current_xact_id();
    IF TG_OP = 'UPDATE' THEN
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER catalog_service_stamp BEFORE INSERT OR UPDATE ON catalog_service
    FOR EACH ROW EXECUTE FUNCTION stamp_catalog_change();

-- Privileges: what an office may do at all; the policies below say on which rows.
GRANT USAGE ON SCHEMA public TO sportello_office;
GRANT SELECT ON sync_contract, catalog_service TO sportello_office;
GRANT SELECT, UPDATE (office_id, last_seen_at, office_schema) ON office TO sportello_office;
GRANT SELECT, INSERT, UPDATE ON ticket TO sportello_office;
GRANT SELECT, INSERT ON office_event TO sportello_office;
GRANT EXECUTE ON FUNCTION sync_office_id() TO sportello_office;

ALTER TABLE sync_contract   ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync_contract   FORCE ROW LEVEL SECURITY;
ALTER TABLE office          ENABLE ROW LEVEL SECURITY;
ALTER TABLE office          FORCE ROW LEVEL SECURITY;
ALTER TABLE ticket          ENABLE ROW LEVEL SECURITY;
ALTER TABLE ticket          FORCE ROW LEVEL SECURITY;
ALTER TABLE office_event    ENABLE ROW LEVEL SECURITY;
ALTER TABLE office_event    FORCE ROW LEVEL SECURITY;
ALTER TABLE catalog_service ENABLE ROW LEVEL SECURITY;
ALTER TABLE catalog_service FORCE ROW LEVEL SECURITY;

-- The owner (the admin running this migration) sees and writes everything: FORCE would otherwise
-- hide the rows from a non-superuser owner too.
CREATE POLICY central_admin ON sync_contract   TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY central_admin ON office          TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY central_admin ON ticket          TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY central_admin ON office_event    TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY central_admin ON catalog_service TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE);

-- Shared: every office reads the contract and the catalogue, and writes neither (no grant, no policy).
CREATE POLICY office_read ON sync_contract   FOR SELECT TO sportello_office USING (TRUE);
CREATE POLICY office_read ON catalog_service FOR SELECT TO sportello_office USING (TRUE);

-- Own rows only.
CREATE POLICY office_self ON office FOR SELECT TO sportello_office
    USING (role_name = current_user);
CREATE POLICY office_bind ON office FOR UPDATE TO sportello_office
    USING (role_name = current_user) WITH CHECK (role_name = current_user);
CREATE POLICY office_own_rows ON ticket FOR ALL TO sportello_office
    USING (office_id = (SELECT sync_office_id())) WITH CHECK (office_id = (SELECT sync_office_id()));
CREATE POLICY office_own_rows ON office_event FOR ALL TO sportello_office
    USING (office_id = (SELECT sync_office_id())) WITH CHECK (office_id = (SELECT sync_office_id()));

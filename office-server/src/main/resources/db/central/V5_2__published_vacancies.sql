-- Published vacancies of every office (issue 12; ADR 37). An office pushes its own vacancies here as the
-- catalogue shows them (office V13_6: vacancy.pushed_version is its outbox) and pulls the other offices'
-- by changed_xid into its own catalogue as OTHER_OFFICE offers.
--
-- Only offer fields travel: no employer code (a sole trader's is a codice fiscale), the employer's name
-- and contact only when the company agreed to publish them (NULL: "riservato"), nothing of the citizens
-- the office contacted or shortlisted (vacancy_contact and vacancy_shortlist stay at the office).
-- A closed vacancy keeps its row with status CLOSED, so every catalogue hears of it and withdraws it;
-- an expired one needs no change (expires says it).
--
-- Row security, enabled and forced: every office reads every row (they hold only what the company agreed
-- to make public), writes only rows in its own name, and changes only its own. No DELETE for offices.
-- Every name qualified, every function on a fixed search path (ADR 27).

CREATE TABLE public.vacancy (
    office_id        UUID          NOT NULL,
    id               UUID PRIMARY KEY,
    title            VARCHAR(200)  NOT NULL,
    description      VARCHAR(4000) NOT NULL,
    employer         VARCHAR(200),
    how_to_apply     VARCHAR(1000),
    municipality     VARCHAR(100)  NOT NULL,
    province         VARCHAR(2),
    lat              DOUBLE PRECISION,
    lon              DOUBLE PRECISION,
    isco             VARCHAR(8),
    contract         VARCHAR(16)   NOT NULL,
    hours            VARCHAR(8)    NOT NULL,
    positions        INT           NOT NULL,
    published        DATE          NOT NULL,
    expires          DATE          NOT NULL,
    min_isced        INT           NOT NULL,
    years_experience INT           NOT NULL,
    skills           VARCHAR(4000) NOT NULL,
    languages        VARCHAR(400)  NOT NULL,
    licences         VARCHAR(120)  NOT NULL,
    status           VARCHAR(8)    NOT NULL,
    version          BIGINT        NOT NULL,
    synced_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    changed_xid      xid8          NOT NULL DEFAULT pg_catalog.pg_current_xact_id(),
    CONSTRAINT vacancy_status_ck CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT vacancy_contract_ck CHECK (contract IN ('PERMANENT', 'FIXED_TERM', 'APPRENTICESHIP', 'INTERNSHIP',
        'TEMPORARY')),
    CONSTRAINT vacancy_hours_ck CHECK (hours IN ('FULL', 'PART')),
    CONSTRAINT vacancy_dates_ck CHECK (expires >= published),
    CONSTRAINT vacancy_positions_ck CHECK (positions >= 1),
    CONSTRAINT vacancy_located_ck CHECK ((lat IS NULL) = (lon IS NULL))
);

-- The pull reads by changed_xid then id; an office's own rows by office first (ADR 11: keyed by office).
CREATE INDEX vacancy_changed_ix ON public.vacancy (changed_xid, id);
CREATE INDEX vacancy_office_ix ON public.vacancy (office_id, status, expires);

-- The writing transaction is the pull cursor; an office cannot set it (nor move a row to another office,
-- which the policies refuse as well).
CREATE FUNCTION public.stamp_vacancy_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp
    AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.office_id IS DISTINCT FROM OLD.office_id THEN
        RAISE EXCEPTION 'a vacancy stays with the office that published it' USING ERRCODE = '42501';
    END IF;
    NEW.changed_xid := pg_catalog.pg_current_xact_id();
    NEW.synced_at := pg_catalog.now();
    RETURN NEW;
END
$$;

CREATE TRIGGER vacancy_stamp BEFORE INSERT OR UPDATE ON public.vacancy
    FOR EACH ROW EXECUTE FUNCTION public.stamp_vacancy_change();

GRANT SELECT, INSERT, UPDATE ON public.vacancy TO sportello_office;

ALTER TABLE public.vacancy ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.vacancy FORCE ROW LEVEL SECURITY;
CREATE POLICY central_admin ON public.vacancy TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE);
-- Every office's catalogue shows the others' vacancies, and learns when one closes.
CREATE POLICY office_read ON public.vacancy FOR SELECT TO sportello_office USING (TRUE);
CREATE POLICY office_publish ON public.vacancy FOR INSERT TO sportello_office
    WITH CHECK (office_id = (SELECT public.sync_office_id()));
CREATE POLICY office_change ON public.vacancy FOR UPDATE TO sportello_office
    USING (office_id = (SELECT public.sync_office_id()))
    WITH CHECK (office_id = (SELECT public.sync_office_id()));

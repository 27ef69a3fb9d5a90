-- The citizen's file and the company communications at central (issue 11).
--
-- The file (office V11_5: person_profile and its four lists) is a dossier child like the DIDs and the case
-- (ADR 18, ADR 29): its owner pushes it with the dossier, a transfer takes it to the new owner, another
-- office reads it only through dossier_fetch_* with a reason, logged per part. Each row names the office
-- that wrote it (office_id first, as every central table), the owner policy decides who sees it.
--
-- A company communication (office V11_6) is the office's own record of a paper handed in at its counter,
-- like its protocol entries: the office that took it pushes it and alone sees it; it stays when the
-- worker's dossier moves (the job movement it made travels with the dossier). Operator and protocol ids
-- are the office's own, kept as plain values.
--
-- Row security enabled and forced on every new table; every name qualified (ADR 27).

CREATE TABLE public.person_profile (
    office_id          UUID         NOT NULL,
    person_id          UUID PRIMARY KEY REFERENCES public.person (id),
    citizenship        VARCHAR(60),
    residence_street   VARCHAR(200),
    residence_postcode VARCHAR(10),
    residence_town     VARCHAR(100),
    residence_province VARCHAR(2),
    domicile_street    VARCHAR(200),
    domicile_postcode  VARCHAR(10),
    domicile_town      VARCHAR(100),
    domicile_province  VARCHAR(2),
    phone              VARCHAR(30),
    email              VARCHAR(254),
    working_hours      VARCHAR(12)  NOT NULL,
    shifts             VARCHAR(60)  NOT NULL,
    travel_km          INT          NOT NULL,
    licences           VARCHAR(120) NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    version            BIGINT       NOT NULL
);

CREATE TABLE public.person_education (
    office_id   UUID         NOT NULL,
    person_id   UUID         NOT NULL REFERENCES public.person (id),
    position    INT          NOT NULL,
    title       VARCHAR(30)  NOT NULL,
    isced       INT          NOT NULL,
    field       VARCHAR(200),
    institution VARCHAR(200),
    year_done   INT,
    PRIMARY KEY (person_id, position)
);

CREATE TABLE public.person_experience (
    office_id       UUID         NOT NULL,
    person_id       UUID         NOT NULL REFERENCES public.person (id),
    position        INT          NOT NULL,
    employer        VARCHAR(200) NOT NULL,
    occupation_code VARCHAR(4),
    role            VARCHAR(200),
    from_on         DATE,
    to_on           DATE,
    PRIMARY KEY (person_id, position)
);

CREATE TABLE public.person_skill (
    office_id UUID         NOT NULL,
    person_id UUID         NOT NULL REFERENCES public.person (id),
    position  INT          NOT NULL,
    skill     VARCHAR(200) NOT NULL,
    PRIMARY KEY (person_id, position)
);

CREATE TABLE public.person_language (
    office_id UUID        NOT NULL,
    person_id UUID        NOT NULL REFERENCES public.person (id),
    position  INT         NOT NULL,
    language  VARCHAR(60) NOT NULL,
    cefr      VARCHAR(2)  NOT NULL,
    PRIMARY KEY (person_id, position)
);

CREATE TABLE public.company_communication (
    office_id         UUID         NOT NULL,
    id                UUID PRIMARY KEY,
    kind              VARCHAR(16)  NOT NULL,
    employer_tax_code VARCHAR(16)  NOT NULL,
    employer_name     VARCHAR(200) NOT NULL,
    person_id         UUID         NOT NULL,
    worker_tax_code   VARCHAR(16)  NOT NULL,
    event_on          DATE         NOT NULL,
    end_on            DATE,
    contract_type     VARCHAR(16)  NOT NULL,
    occupation_code   VARCHAR(4)   NOT NULL,
    pages             INT          NOT NULL,
    handed_in_on      DATE         NOT NULL,
    deadline_on       DATE         NOT NULL,
    late              BOOLEAN      NOT NULL,
    job_movement_id   UUID         NOT NULL,
    protocol_entry_id UUID,
    operator_id       UUID         NOT NULL,
    recorded_at       TIMESTAMPTZ  NOT NULL,
    version           BIGINT       NOT NULL
);

CREATE INDEX company_communication_office_ix ON public.company_communication (office_id, handed_in_on);

GRANT SELECT, INSERT, DELETE ON public.person_profile, public.person_education, public.person_experience,
    public.person_skill, public.person_language TO sportello_office;
GRANT SELECT, INSERT, UPDATE ON public.company_communication TO sportello_office;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['person_profile', 'person_education', 'person_experience', 'person_skill',
                             'person_language', 'company_communication']
    LOOP
        EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY central_admin ON public.%I TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE)', t);
    END LOOP;
    -- Only the dossier's owner reads and writes its file; WITH CHECK stops it from writing another's.
    FOREACH t IN ARRAY ARRAY['person_profile', 'person_education', 'person_experience', 'person_skill',
                             'person_language']
    LOOP
        EXECUTE format('CREATE POLICY office_owned ON public.%I FOR ALL TO sportello_office'
            || ' USING (EXISTS (SELECT 1 FROM public.person p WHERE p.id = person_id'
            || ' AND p.owner_office_id = (SELECT public.sync_office_id())))'
            || ' WITH CHECK (EXISTS (SELECT 1 FROM public.person p WHERE p.id = person_id'
            || ' AND p.owner_office_id = (SELECT public.sync_office_id())))', t);
    END LOOP;
END
$$;

-- The office that took a communication, and no other.
CREATE POLICY office_own_rows ON public.company_communication FOR ALL TO sportello_office
    USING (office_id = (SELECT public.sync_office_id()))
    WITH CHECK (office_id = (SELECT public.sync_office_id()));

-- Another office reads the file as it reads the rest of a dossier: with a reason, logged per part.
ALTER TABLE public.dossier_access DROP CONSTRAINT dossier_access_part_ck;
ALTER TABLE public.dossier_access ADD CONSTRAINT dossier_access_part_ck
    CHECK (part IN ('head', 'person', 'declarations', 'movements', 'documents', 'case', 'measures', 'profile',
                    'education', 'experience', 'skills', 'languages'));

-- One reader per part, alike but for the table, the part logged and the order (made in a loop, not copied).
DO $do$
DECLARE
    f RECORD;
BEGIN
    FOR f IN SELECT * FROM (VALUES
        ('profile', 'person_profile', 'p.id'),
        ('education', 'person_education', 'c.position'),
        ('experience', 'person_experience', 'c.position'),
        ('skills', 'person_skill', 'c.position'),
        ('languages', 'person_language', 'c.position')) AS t (part, tab, ord)
    LOOP
        EXECUTE format($f$
            CREATE FUNCTION public.%I(p_tax_code VARCHAR, p_reason VARCHAR DEFAULT NULL)
                RETURNS SETOF public.%I
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
                AS $body$
            BEGIN
                PERFORM public.dossier_read(p_tax_code, %L, p_reason);
                RETURN QUERY SELECT c.* FROM public.%I c JOIN public.person p ON p.id = c.person_id
                    WHERE p.tax_code = p_tax_code ORDER BY %s;
            END
            $body$
            $f$, 'dossier_fetch_' || f.part, f.tab, f.part, f.tab, f.ord);
    END LOOP;
END
$do$;

REVOKE ALL ON FUNCTION public.dossier_fetch_profile(VARCHAR, VARCHAR), public.dossier_fetch_education(VARCHAR, VARCHAR),
    public.dossier_fetch_experience(VARCHAR, VARCHAR), public.dossier_fetch_skills(VARCHAR, VARCHAR),
    public.dossier_fetch_languages(VARCHAR, VARCHAR) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.dossier_fetch_profile(VARCHAR, VARCHAR), public.dossier_fetch_education(VARCHAR, VARCHAR),
    public.dossier_fetch_experience(VARCHAR, VARCHAR), public.dossier_fetch_skills(VARCHAR, VARCHAR),
    public.dossier_fetch_languages(VARCHAR, VARCHAR) TO sportello_office;

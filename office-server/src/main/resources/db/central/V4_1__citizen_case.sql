-- The citizen's case at central (issue 11, ADR 29): the DID's channel, the case manager and latest pact,
-- the pact's measures. They are dossier children like the DIDs and the job movements (ADR 18): the owner
-- pushes them with the dossier, a transfer takes them to the new owner, another office reads them only
-- through dossier_fetch_* with a reason (ADR 27). Row security enabled and forced; every name qualified.

ALTER TABLE public.availability_declaration ADD COLUMN channel VARCHAR(8) NOT NULL DEFAULT 'DESK';

CREATE TABLE public.person_case (
    id                 UUID PRIMARY KEY,
    office_id          UUID         NOT NULL,
    person_id          UUID         NOT NULL REFERENCES public.person (id),
    case_manager_login VARCHAR(64)  NOT NULL,
    case_manager_name  VARCHAR(200) NOT NULL,
    taken_on           DATE         NOT NULL,
    pact_number        VARCHAR(32),
    pact_issued_on     DATE,
    version            BIGINT       NOT NULL,
    CONSTRAINT person_case_person_uk UNIQUE (person_id)
);

CREATE TABLE public.pact_measure (
    id          UUID PRIMARY KEY,
    office_id   UUID         NOT NULL,
    person_id   UUID         NOT NULL REFERENCES public.person (id),
    kind        VARCHAR(24)  NOT NULL,
    due_on      DATE         NOT NULL,
    party       VARCHAR(16)  NOT NULL,
    what        VARCHAR(300) NOT NULL,
    done        BOOLEAN      NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL
);

CREATE INDEX pact_measure_person_ix ON public.pact_measure (person_id);

GRANT SELECT, INSERT, DELETE ON public.person_case, public.pact_measure TO sportello_office;

ALTER TABLE public.person_case  ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.person_case  FORCE ROW LEVEL SECURITY;
ALTER TABLE public.pact_measure ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.pact_measure FORCE ROW LEVEL SECURITY;

CREATE POLICY central_admin ON public.person_case  TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY central_admin ON public.pact_measure TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE);

-- Only the dossier's owner reads and writes its case; WITH CHECK stops it from writing another's.
CREATE POLICY office_owned ON public.person_case FOR ALL TO sportello_office
    USING (EXISTS (SELECT 1 FROM public.person p WHERE p.id = person_id
                   AND p.owner_office_id = (SELECT public.sync_office_id())))
    WITH CHECK (EXISTS (SELECT 1 FROM public.person p WHERE p.id = person_id
                        AND p.owner_office_id = (SELECT public.sync_office_id())));
CREATE POLICY office_owned ON public.pact_measure FOR ALL TO sportello_office
    USING (EXISTS (SELECT 1 FROM public.person p WHERE p.id = person_id
                   AND p.owner_office_id = (SELECT public.sync_office_id())))
    WITH CHECK (EXISTS (SELECT 1 FROM public.person p WHERE p.id = person_id
                        AND p.owner_office_id = (SELECT public.sync_office_id())));

-- Another office reads a case as it reads the rest of a dossier: with a reason, logged per part.
ALTER TABLE public.dossier_access DROP CONSTRAINT dossier_access_part_ck;
ALTER TABLE public.dossier_access ADD CONSTRAINT dossier_access_part_ck
    CHECK (part IN ('head', 'person', 'declarations', 'movements', 'documents', 'case', 'measures'));

CREATE FUNCTION public.dossier_fetch_case(p_tax_code VARCHAR, p_reason VARCHAR DEFAULT NULL)
    RETURNS SETOF public.person_case
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$
BEGIN
    PERFORM public.dossier_read(p_tax_code, 'case', p_reason);
    RETURN QUERY SELECT k.* FROM public.person_case k JOIN public.person p ON p.id = k.person_id
        WHERE p.tax_code = p_tax_code;
END
$$;

CREATE FUNCTION public.dossier_fetch_measures(p_tax_code VARCHAR, p_reason VARCHAR DEFAULT NULL)
    RETURNS SETOF public.pact_measure
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$
BEGIN
    PERFORM public.dossier_read(p_tax_code, 'measures', p_reason);
    RETURN QUERY SELECT m.* FROM public.pact_measure m JOIN public.person p ON p.id = m.person_id
        WHERE p.tax_code = p_tax_code ORDER BY m.due_on, m.id;
END
$$;

REVOKE ALL ON FUNCTION public.dossier_fetch_case(VARCHAR, VARCHAR), public.dossier_fetch_measures(VARCHAR, VARCHAR)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.dossier_fetch_case(VARCHAR, VARCHAR), public.dossier_fetch_measures(VARCHAR, VARCHAR)
    TO sportello_office;

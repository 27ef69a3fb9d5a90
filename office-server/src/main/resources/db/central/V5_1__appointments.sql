-- Appointments at central (issue 13, ADR 36).
--
-- An appointment is the record of the office that booked it, as a company communication is (V4_2): that office
-- pushes every version of it (booked, rebooked, cancelled, checked in, no-show; rows are never deleted, so the
-- history is the rows) and alone writes it, even after the citizen's dossier moved away. Rows name the dossier
-- by person id and codice fiscale; person_id has no foreign key, so an appointment of a dossier held for review
-- (not on central yet, or under another id) still goes and is found by its codice fiscale.
--
-- Any other office, the dossier's new owner included, reads another office's appointments only through
-- dossier_fetch_appointments: with a reason, one dossier_access row per read (ADR 27's rule).
--
-- Row security enabled and forced; every name qualified; the function fixes its search_path (ADR 27).

CREATE TABLE public.appointment (
    office_id     UUID         NOT NULL,
    id            UUID PRIMARY KEY,
    person_id     UUID         NOT NULL,
    tax_code      VARCHAR(16)  NOT NULL,
    with_login    VARCHAR(64)  NOT NULL,
    with_name     VARCHAR(200) NOT NULL,
    kind          VARCHAR(24)  NOT NULL,
    starts_at     TIMESTAMPTZ  NOT NULL,
    ends_at       TIMESTAMPTZ  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    bring         VARCHAR(300) NOT NULL,
    rebooked_to   UUID,
    letter        VARCHAR(32),
    ticket_code   VARCHAR(16),
    booked_at     TIMESTAMPTZ  NOT NULL,
    booked_by     VARCHAR(64)  NOT NULL,
    changed_at    TIMESTAMPTZ,
    changed_by    VARCHAR(64),
    change_reason VARCHAR(200),
    checked_in_at TIMESTAMPTZ,
    version       BIGINT       NOT NULL,
    CONSTRAINT appointment_status_ck CHECK (status IN ('BOOKED', 'CHECKED_IN', 'NO_SHOW', 'CANCELLED', 'REBOOKED',
        'TO_BE_REBOOKED')),
    CONSTRAINT appointment_time_ck CHECK (ends_at > starts_at)
);

CREATE INDEX appointment_office_ix ON public.appointment (office_id, starts_at);
CREATE INDEX appointment_tax_code_ix ON public.appointment (tax_code, starts_at);

-- No DELETE: an office never removes its history, and cannot remove another's.
GRANT SELECT, INSERT, UPDATE ON public.appointment TO sportello_office;

ALTER TABLE public.appointment ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.appointment FORCE ROW LEVEL SECURITY;
CREATE POLICY central_admin ON public.appointment TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE);
-- The office that booked it, and no other, whoever owns the dossier now.
CREATE POLICY office_own_rows ON public.appointment FOR ALL TO sportello_office
    USING (office_id = (SELECT public.sync_office_id()))
    WITH CHECK (office_id = (SELECT public.sync_office_id()));

ALTER TABLE public.dossier_access DROP CONSTRAINT dossier_access_part_ck;
ALTER TABLE public.dossier_access ADD CONSTRAINT dossier_access_part_ck
    CHECK (part IN ('head', 'person', 'declarations', 'movements', 'documents', 'case', 'measures', 'profile',
                    'education', 'experience', 'skills', 'languages', 'appointments'));

-- Every appointment of a citizen, whichever office booked it, with that office's code. A non-owner reads with a
-- reason (dossier_read logs it). The owner reading its own dossier is not logged by dossier_read, but rows booked
-- by another office are another office's records: reading them needs a reason too and is logged, so a dossier
-- moved here brings its appointments only with a trace of who read them and why.
CREATE FUNCTION public.dossier_fetch_appointments(p_tax_code VARCHAR, p_reason VARCHAR DEFAULT NULL)
    RETURNS TABLE (office_code VARCHAR, appointment_id UUID, person_id UUID, with_login VARCHAR, with_name VARCHAR,
                   kind VARCHAR, starts_at TIMESTAMPTZ, ends_at TIMESTAMPTZ, status VARCHAR, bring VARCHAR,
                   rebooked_to UUID, booked_at TIMESTAMPTZ, booked_by VARCHAR, changed_at TIMESTAMPTZ,
                   change_reason VARCHAR, version BIGINT)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$
#variable_conflict use_column
DECLARE
    caller    UUID := public.session_office_id();
    is_office BOOLEAN := EXISTS (SELECT 1 FROM public.office o WHERE o.role_name = session_user);
    why       VARCHAR := NULLIF(btrim(p_reason), '');
    found_id  UUID;
    owner_id  UUID;
BEGIN
    PERFORM public.dossier_read(p_tax_code, 'appointments', p_reason);
    SELECT p.id, p.owner_office_id INTO found_id, owner_id FROM public.person p WHERE p.tax_code = p_tax_code;
    IF is_office AND found_id IS NOT NULL AND owner_id = caller
            AND EXISTS (SELECT 1 FROM public.appointment a WHERE a.tax_code = p_tax_code AND a.office_id <> caller) THEN
        IF why IS NULL THEN
            RAISE EXCEPTION 'reading the appointments another office booked for % needs a reason, which central records',
                p_tax_code USING ERRCODE = 'SR001';
        END IF;
        INSERT INTO public.dossier_access (office_id, role_name, tax_code, person_id, owner_office_id, part, reason)
            VALUES (caller, session_user, p_tax_code, found_id, owner_id, 'appointments', left(why, 300));
    END IF;
    RETURN QUERY SELECT o.code, a.id, a.person_id, a.with_login, a.with_name, a.kind, a.starts_at, a.ends_at,
                        a.status, a.bring, a.rebooked_to, a.booked_at, a.booked_by, a.changed_at, a.change_reason,
                        a.version
        FROM public.appointment a JOIN public.office o ON o.office_id = a.office_id
        WHERE a.tax_code = p_tax_code ORDER BY a.starts_at, a.id;
END
$$;

REVOKE ALL ON FUNCTION public.dossier_fetch_appointments(VARCHAR, VARCHAR) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.dossier_fetch_appointments(VARCHAR, VARCHAR) TO sportello_office;

-- A review entry resolved with "keep office" restores the whole held copy (issue 11, ADR 29): besides the
-- person, the DIDs (now with their channel) and the job movements, also the case, the pact's measures and
-- the citizen's file, which the office's copy carries since this version (DossierJson). Same rules and
-- qualified names as V3's definition; only the restored parts are new.

CREATE OR REPLACE FUNCTION public.sync_review_resolve(p_id BIGINT, p_keep VARCHAR, p_note VARCHAR) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$
DECLARE
    caller      UUID := public.session_office_id();
    is_office   BOOLEAN := EXISTS (SELECT 1 FROM public.office o WHERE o.role_name = session_user);
    entry       public.sync_review%ROWTYPE;
    dossier     public.person%ROWTYPE;
    held        public.person%ROWTYPE;
    keep        VARCHAR := upper(p_keep);
    new_version BIGINT;
BEGIN
    IF keep IS NULL OR keep NOT IN ('OFFICE', 'CENTRAL') THEN
        RAISE EXCEPTION 'keep must be OFFICE or CENTRAL, not %', p_keep USING ERRCODE = '22023';
    END IF;
    SELECT * INTO entry FROM public.sync_review r WHERE r.id = p_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no review entry %', p_id USING ERRCODE = 'P0002';
    END IF;
    SELECT * INTO dossier FROM public.person p WHERE p.tax_code = entry.tax_code;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'central has no dossier for % any more', entry.tax_code USING ERRCODE = 'P0002';
    END IF;
    IF is_office AND caller IS DISTINCT FROM dossier.owner_office_id THEN
        RAISE EXCEPTION 'the dossier of % belongs to another office: its owner or the central administrator resolves this entry',
            entry.tax_code USING ERRCODE = '42501';
    END IF;
    SELECT * INTO entry FROM public.sync_review r WHERE r.id = p_id FOR UPDATE;
    IF entry.resolved_at IS NOT NULL THEN
        RAISE EXCEPTION 'review entry % was resolved already, by % at %', p_id, entry.resolved_by, entry.resolved_at
            USING ERRCODE = '22023';
    END IF;
    SELECT * INTO dossier FROM public.person p WHERE p.id = dossier.id
        AND (NOT is_office OR p.owner_office_id = caller) FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the dossier of % moved while this entry was being resolved: try again', entry.tax_code
            USING ERRCODE = '40001';
    END IF;
    new_version := dossier.version + 1;
    IF keep = 'OFFICE' THEN
        held := jsonb_populate_record(NULL::public.person, entry.office_copy);
        UPDATE public.person SET family_name = held.family_name, given_names = held.given_names,
                                 birth_date = held.birth_date, sex = held.sex, birth_place_code = held.birth_place_code,
                                 birth_place_name = held.birth_place_name, registered_on = held.registered_on,
                                 updated_at = now(), version = new_version, updated_by_office = NULL
            WHERE id = dossier.id;
        -- The held copy's children replace central's, under central's dossier id (for a duplicate
        -- dossier the office's own id was never on central). An entry filed before a part was kept in
        -- the copy (its key absent) leaves central's rows of that part as they are.
        IF (entry.office_copy -> 'declarations') IS NOT NULL THEN
            DELETE FROM public.availability_declaration WHERE person_id = dossier.id;
            INSERT INTO public.availability_declaration (id, office_id, person_id, declared_on, ended_on, version, channel)
                SELECT d.id, dossier.owner_office_id, dossier.id, d.declared_on, d.ended_on, d.version,
                       COALESCE(d.channel, 'DESK')
                FROM jsonb_populate_recordset(NULL::public.availability_declaration, entry.office_copy -> 'declarations') d;
        END IF;
        IF (entry.office_copy -> 'movements') IS NOT NULL THEN
            DELETE FROM public.job_movement WHERE person_id = dossier.id;
            INSERT INTO public.job_movement (id, office_id, person_id, kind, effective_on, employer_tax_code, employer_name,
                                             contract_type, occupation, protocol_entry_id, recorded_at, version)
                SELECT m.id, dossier.owner_office_id, dossier.id, m.kind, m.effective_on, m.employer_tax_code,
                       m.employer_name, m.contract_type, m.occupation, m.protocol_entry_id, m.recorded_at, m.version
                FROM jsonb_populate_recordset(NULL::public.job_movement, entry.office_copy -> 'movements') m;
        END IF;
        IF (entry.office_copy -> 'case') IS NOT NULL THEN
            DELETE FROM public.person_case WHERE person_id = dossier.id;
            INSERT INTO public.person_case (id, office_id, person_id, case_manager_login, case_manager_name, taken_on,
                                            pact_number, pact_issued_on, version)
                SELECT k.id, dossier.owner_office_id, dossier.id, k.case_manager_login, k.case_manager_name, k.taken_on,
                       k.pact_number, k.pact_issued_on, k.version
                FROM jsonb_populate_recordset(NULL::public.person_case, entry.office_copy -> 'case') k;
        END IF;
        IF (entry.office_copy -> 'measures') IS NOT NULL THEN
            DELETE FROM public.pact_measure WHERE person_id = dossier.id;
            INSERT INTO public.pact_measure (id, office_id, person_id, kind, due_on, party, what, done, recorded_at, version)
                SELECT m.id, dossier.owner_office_id, dossier.id, m.kind, m.due_on, m.party, m.what, m.done,
                       m.recorded_at, m.version
                FROM jsonb_populate_recordset(NULL::public.pact_measure, entry.office_copy -> 'measures') m;
        END IF;
        IF (entry.office_copy -> 'profile') IS NOT NULL THEN
            DELETE FROM public.person_profile WHERE person_id = dossier.id;
            INSERT INTO public.person_profile (office_id, person_id, citizenship, residence_street, residence_postcode,
                                               residence_town, residence_province, domicile_street, domicile_postcode,
                                               domicile_town, domicile_province, phone, email, working_hours, shifts,
                                               travel_km, licences, updated_at, version)
                SELECT dossier.owner_office_id, dossier.id, f.citizenship, f.residence_street, f.residence_postcode,
                       f.residence_town, f.residence_province, f.domicile_street, f.domicile_postcode, f.domicile_town,
                       f.domicile_province, f.phone, f.email, f.working_hours, f.shifts, f.travel_km, f.licences,
                       f.updated_at, f.version
                FROM jsonb_populate_recordset(NULL::public.person_profile, entry.office_copy -> 'profile') f;
        END IF;
        IF (entry.office_copy -> 'education') IS NOT NULL THEN
            DELETE FROM public.person_education WHERE person_id = dossier.id;
            INSERT INTO public.person_education (office_id, person_id, position, title, isced, field, institution, year_done)
                SELECT dossier.owner_office_id, dossier.id, e.position, e.title, e.isced, e.field, e.institution, e.year_done
                FROM jsonb_populate_recordset(NULL::public.person_education, entry.office_copy -> 'education') e;
        END IF;
        IF (entry.office_copy -> 'experience') IS NOT NULL THEN
            DELETE FROM public.person_experience WHERE person_id = dossier.id;
            INSERT INTO public.person_experience (office_id, person_id, position, employer, occupation_code, role, from_on,
                                                  to_on)
                SELECT dossier.owner_office_id, dossier.id, x.position, x.employer, x.occupation_code, x.role, x.from_on,
                       x.to_on
                FROM jsonb_populate_recordset(NULL::public.person_experience, entry.office_copy -> 'experience') x;
        END IF;
        IF (entry.office_copy -> 'skills') IS NOT NULL THEN
            DELETE FROM public.person_skill WHERE person_id = dossier.id;
            INSERT INTO public.person_skill (office_id, person_id, position, skill)
                SELECT dossier.owner_office_id, dossier.id, s.position, s.skill
                FROM jsonb_populate_recordset(NULL::public.person_skill, entry.office_copy -> 'skills') s;
        END IF;
        IF (entry.office_copy -> 'languages') IS NOT NULL THEN
            DELETE FROM public.person_language WHERE person_id = dossier.id;
            INSERT INTO public.person_language (office_id, person_id, position, language, cefr)
                SELECT dossier.owner_office_id, dossier.id, l.position, l.language, l.cefr
                FROM jsonb_populate_recordset(NULL::public.person_language, entry.office_copy -> 'languages') l;
        END IF;
    ELSE
        UPDATE public.person SET version = new_version, updated_by_office = NULL WHERE id = dossier.id;
    END IF;
    UPDATE public.sync_review SET resolved_at = now(), resolved_by = session_user, kept = keep,
                                  resolved_version = new_version, resolution = p_note
        WHERE id = p_id;
    RETURN new_version;
END
$$;

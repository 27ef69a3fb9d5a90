-- Row security without holes (issue 10, part 3; ADR 0027).
-- An office role could create a temporary table named "office" claiming another office's id: the
-- functions read unqualified names with search paths that put pg_temp first, so sync_office_id() and
-- every policy built on it answered for the other office. Here: no temporary tables for anyone but the
-- owner, every table named with its schema, every function on a fixed search path with pg_temp last;
-- reading another office's dossier needs a reason and every part read is logged in dossier_access; only
-- the owner may lock a dossier; review entries are filed only through sync_review_file().

DO $$
DECLARE
    r RECORD;
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM sportello_office', current_database());
    FOR r IN SELECT o.role_name FROM public.office o LOOP
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r.role_name) THEN
            EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM %I', current_database(), r.role_name);
        END IF;
    END LOOP;
END
$$;
-- Nobody but the owner creates objects next to the tables (PostgreSQL 15+ already says so; older ones
-- did not).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- ---------------------------------------------------------------------------------------------------
-- Functions kept with their signatures: same behaviour, qualified names, fixed search path.

CREATE OR REPLACE FUNCTION public.sync_office_id() RETURNS UUID
    LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp
    AS $$ SELECT o.office_id FROM public.office o WHERE o.role_name = current_user $$;

CREATE OR REPLACE FUNCTION public.session_office_id() RETURNS UUID
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$ SELECT o.office_id FROM public.office o WHERE o.role_name = session_user $$;

CREATE OR REPLACE FUNCTION public.office_binding_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp
    AS $$
BEGIN
    IF OLD.office_id IS NOT NULL AND NEW.office_id IS DISTINCT FROM OLD.office_id
            AND EXISTS (SELECT 1 FROM public.office o WHERE o.role_name = current_user) THEN
        RAISE EXCEPTION 'office % is already bound to office database %', OLD.code, OLD.office_id
            USING ERRCODE = '42501';
    END IF;
    IF NEW.code IS DISTINCT FROM OLD.code OR NEW.role_name IS DISTINCT FROM OLD.role_name THEN
        IF EXISTS (SELECT 1 FROM public.office o WHERE o.role_name = current_user) THEN
            RAISE EXCEPTION 'an office cannot rename itself' USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION public.stamp_catalog_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp
    AS $$
BEGIN
    NEW.changed_xid := pg_catalog.pg_current_xact_id();
    IF TG_OP = 'UPDATE' THEN
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION public.stamp_person_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp
    AS $$
BEGIN
    NEW.changed_xid := pg_catalog.pg_current_xact_id();
    RETURN NEW;
END
$$;

-- ---------------------------------------------------------------------------------------------------
-- One place for every read of another office's dossier: who (role, office), when, which dossier, which
-- part, and why. The owner reading its own dossier is not logged (it reads its own rows directly too).
ALTER TABLE public.dossier_access ADD COLUMN person_id UUID;
ALTER TABLE public.dossier_access ADD COLUMN owner_office_id UUID;
ALTER TABLE public.dossier_access ADD COLUMN part VARCHAR(16) NOT NULL DEFAULT 'person';
ALTER TABLE public.dossier_access ALTER COLUMN part DROP DEFAULT;
ALTER TABLE public.dossier_access ADD COLUMN reason VARCHAR(300);
ALTER TABLE public.dossier_access ADD CONSTRAINT dossier_access_part_ck
    CHECK (part IN ('head', 'person', 'declarations', 'movements', 'documents'));

-- Checks and logs one read of one part of the dossier of p_tax_code. An office that does not own it (or
-- asks for a dossier central does not have) must give a non-empty reason: SQLSTATE SR001 otherwise, so
-- the caller can ask a person for one (SR002 is the same for a move, in dossier_transfer). The
-- administrator is not an office: logged, no reason required.
CREATE FUNCTION public.dossier_read(p_tax_code VARCHAR, p_part VARCHAR, p_reason VARCHAR) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$
DECLARE
    caller    UUID := public.session_office_id();
    is_office BOOLEAN := EXISTS (SELECT 1 FROM public.office o WHERE o.role_name = session_user);
    why       VARCHAR := NULLIF(btrim(p_reason), '');
    found_id  UUID;
    owner_id  UUID;
BEGIN
    SELECT p.id, p.owner_office_id INTO found_id, owner_id FROM public.person p WHERE p.tax_code = p_tax_code;
    IF is_office AND found_id IS NOT NULL AND owner_id = caller THEN
        RETURN;
    END IF;
    IF is_office AND why IS NULL THEN
        RAISE EXCEPTION 'reading the dossier of % needs a reason: this office does not own it, and central records why it is read',
            p_tax_code USING ERRCODE = 'SR001';
    END IF;
    INSERT INTO public.dossier_access (office_id, role_name, tax_code, person_id, owner_office_id, part, reason)
        VALUES (caller, session_user, p_tax_code, found_id, owner_id, p_part, left(why, 300));
END
$$;
REVOKE ALL ON FUNCTION public.dossier_read(VARCHAR, VARCHAR, VARCHAR) FROM PUBLIC;

-- Who owns the dossier of a codice fiscale, and at which version. p_lock locks it for the caller's
-- transaction (a push decides on it), and only its owner may (or the administrator): another office
-- holding the lock would stall the owner's sync.
DROP FUNCTION public.dossier_head(VARCHAR, BOOLEAN);
CREATE FUNCTION public.dossier_head(p_tax_code VARCHAR, p_lock BOOLEAN, p_reason VARCHAR DEFAULT NULL)
    RETURNS TABLE (person_id UUID, owner_office_id UUID, owner_code VARCHAR, version BIGINT, updated_by_office UUID)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$
DECLARE
    caller    UUID := public.session_office_id();
    is_office BOOLEAN := EXISTS (SELECT 1 FROM public.office o WHERE o.role_name = session_user);
BEGIN
    PERFORM public.dossier_read(p_tax_code, 'head', p_reason);
    IF p_lock THEN
        -- The owner condition is checked again on the locked row, so a concurrent transfer is seen.
        PERFORM 1 FROM public.person p WHERE p.tax_code = p_tax_code
            AND (NOT is_office OR p.owner_office_id = caller) FOR UPDATE;
        IF NOT FOUND AND EXISTS (SELECT 1 FROM public.person p WHERE p.tax_code = p_tax_code) THEN
            RAISE EXCEPTION 'the dossier of % belongs to another office: only its owner may lock it', p_tax_code
                USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN QUERY SELECT p.id, p.owner_office_id, o.code, p.version, p.updated_by_office
        FROM public.person p LEFT JOIN public.office o ON o.office_id = p.owner_office_id
        WHERE p.tax_code = p_tax_code;
END
$$;

DROP FUNCTION public.dossier_fetch_person(VARCHAR);
CREATE FUNCTION public.dossier_fetch_person(p_tax_code VARCHAR, p_reason VARCHAR DEFAULT NULL)
    RETURNS SETOF public.person
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$
BEGIN
    PERFORM public.dossier_read(p_tax_code, 'person', p_reason);
    RETURN QUERY SELECT * FROM public.person p WHERE p.tax_code = p_tax_code;
END
$$;

DROP FUNCTION public.dossier_fetch_declarations(VARCHAR);
CREATE FUNCTION public.dossier_fetch_declarations(p_tax_code VARCHAR, p_reason VARCHAR DEFAULT NULL)
    RETURNS SETOF public.availability_declaration
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$
BEGIN
    PERFORM public.dossier_read(p_tax_code, 'declarations', p_reason);
    RETURN QUERY SELECT a.* FROM public.availability_declaration a JOIN public.person p ON p.id = a.person_id
        WHERE p.tax_code = p_tax_code ORDER BY a.declared_on, a.id;
END
$$;

DROP FUNCTION public.dossier_fetch_movements(VARCHAR);
CREATE FUNCTION public.dossier_fetch_movements(p_tax_code VARCHAR, p_reason VARCHAR DEFAULT NULL)
    RETURNS SETOF public.job_movement
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$
BEGIN
    PERFORM public.dossier_read(p_tax_code, 'movements', p_reason);
    RETURN QUERY SELECT m.* FROM public.job_movement m JOIN public.person p ON p.id = m.person_id
        WHERE p.tax_code = p_tax_code ORDER BY m.effective_on, m.id;
END
$$;

-- Moves a dossier to another office. Its owner may ask, and so may the administrator (who is not an
-- office) with a reason, since it moves a dossier it does not hold; nobody else. An office that is not
-- the owner is refused before the row is locked. Returns the new version.
CREATE OR REPLACE FUNCTION public.dossier_transfer(p_tax_code VARCHAR, p_to_code VARCHAR, p_reason VARCHAR)
    RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$
DECLARE
    caller      UUID := public.session_office_id();
    is_office   BOOLEAN := EXISTS (SELECT 1 FROM public.office o WHERE o.role_name = session_user);
    dossier     public.person%ROWTYPE;
    from_code   VARCHAR;
    target      public.office%ROWTYPE;
    new_version BIGINT;
BEGIN
    SELECT * INTO dossier FROM public.person p WHERE p.tax_code = p_tax_code
        AND (NOT is_office OR p.owner_office_id = caller) FOR UPDATE;
    IF NOT FOUND THEN
        SELECT * INTO dossier FROM public.person p WHERE p.tax_code = p_tax_code;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'central has no dossier for %: its office has not pushed it yet', p_tax_code
                USING ERRCODE = 'P0002';
        END IF;
        SELECT o.code INTO from_code FROM public.office o WHERE o.office_id = dossier.owner_office_id;
        RAISE EXCEPTION 'the dossier of % belongs to office %, not to this one: only its owner or the central administrator can move it',
            p_tax_code, from_code USING ERRCODE = '42501';
    END IF;
    IF NOT is_office AND NULLIF(btrim(p_reason), '') IS NULL THEN
        RAISE EXCEPTION 'moving the dossier of % for its office needs a reason, which central records', p_tax_code
            USING ERRCODE = 'SR002';
    END IF;
    SELECT o.code INTO from_code FROM public.office o WHERE o.office_id = dossier.owner_office_id;
    SELECT * INTO target FROM public.office o WHERE o.code = upper(p_to_code);
    IF NOT FOUND OR target.office_id IS NULL THEN
        RAISE EXCEPTION 'office % is not registered on central or has never synced', upper(p_to_code)
            USING ERRCODE = 'P0002';
    END IF;
    IF target.office_id = dossier.owner_office_id THEN
        RAISE EXCEPTION 'the dossier of % already belongs to office %', p_tax_code, target.code
            USING ERRCODE = '22023';
    END IF;
    new_version := dossier.version + 1;
    UPDATE public.person SET owner_office_id = target.office_id, version = new_version, updated_by_office = NULL
        WHERE id = dossier.id;
    INSERT INTO public.dossier_transfer (person_id, tax_code, from_office_id, from_code, to_office_id, to_code,
                                         version, requested_by, reason)
        VALUES (dossier.id, dossier.tax_code, dossier.owner_office_id, from_code, target.office_id, target.code,
                new_version, session_user, p_reason);
    RETURN new_version;
END
$$;

-- Closes one review entry (V2.7): same rules, qualified names, and an office that does not own the
-- dossier is refused before the dossier is locked.
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
        -- dossier the office's own id was never on central).
        DELETE FROM public.availability_declaration WHERE person_id = dossier.id;
        DELETE FROM public.job_movement WHERE person_id = dossier.id;
        INSERT INTO public.availability_declaration (id, office_id, person_id, declared_on, ended_on, version)
            SELECT d.id, dossier.owner_office_id, dossier.id, d.declared_on, d.ended_on, d.version
            FROM jsonb_populate_recordset(NULL::public.availability_declaration, entry.office_copy -> 'declarations') d;
        INSERT INTO public.job_movement (id, office_id, person_id, kind, effective_on, employer_tax_code, employer_name,
                                         contract_type, occupation, protocol_entry_id, recorded_at, version)
            SELECT m.id, dossier.owner_office_id, dossier.id, m.kind, m.effective_on, m.employer_tax_code,
                   m.employer_name, m.contract_type, m.occupation, m.protocol_entry_id, m.recorded_at, m.version
            FROM jsonb_populate_recordset(NULL::public.job_movement, entry.office_copy -> 'movements') m;
    ELSE
        UPDATE public.person SET version = new_version, updated_by_office = NULL WHERE id = dossier.id;
    END IF;
    UPDATE public.sync_review SET resolved_at = now(), resolved_by = session_user, kept = keep,
                                  resolved_version = new_version, resolution = p_note
        WHERE id = p_id;
    RETURN new_version;
END
$$;

-- Files a held edit (ADR 0018). The filing office is the session's, and what the entry says about
-- central (the dossier's id, owner and version) is read here, never taken from the caller. The writer
-- must be the pushing office of an edit central really refuses: the owner whose copy is behind
-- (CHANGED_ELSEWHERE), an office the dossier was moved away from (OWNED_ELSEWHERE), or an office with a
-- dossier of its own for the same codice fiscale (DUPLICATE_DOSSIER). Returns FALSE when the event was
-- filed already (a re-sent batch).
CREATE FUNCTION public.sync_review_file(p_event_id UUID, p_person_id UUID, p_tax_code VARCHAR, p_reason VARCHAR,
                                        p_base_version BIGINT, p_office_copy JSONB) RETURNS BOOLEAN
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$
DECLARE
    caller      UUID := public.session_office_id();
    caller_code VARCHAR;
    dossier     public.person%ROWTYPE;
    owner_code  VARCHAR;
BEGIN
    SELECT o.code INTO caller_code FROM public.office o WHERE o.role_name = session_user;
    IF caller IS NULL THEN
        RAISE EXCEPTION 'only an office that has synced files review entries, for its own pushes'
            USING ERRCODE = '42501';
    END IF;
    SELECT * INTO dossier FROM public.person p WHERE p.tax_code = p_tax_code;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'central has no dossier for %: there is nothing to collide with', p_tax_code
            USING ERRCODE = 'P0002';
    END IF;
    IF p_reason = 'CHANGED_ELSEWHERE' THEN
        IF dossier.owner_office_id IS DISTINCT FROM caller OR dossier.id <> p_person_id THEN
            RAISE EXCEPTION 'this office does not own the dossier of %: it cannot file a change to it', p_tax_code
                USING ERRCODE = '42501';
        END IF;
    ELSIF p_reason = 'OWNED_ELSEWHERE' THEN
        IF dossier.id <> p_person_id OR dossier.owner_office_id = caller OR NOT EXISTS (
                SELECT 1 FROM public.dossier_transfer t WHERE t.person_id = dossier.id AND t.from_office_id = caller) THEN
            RAISE EXCEPTION 'this office never held the dossier of %: it cannot file an edit of it', p_tax_code
                USING ERRCODE = '42501';
        END IF;
    ELSIF p_reason = 'DUPLICATE_DOSSIER' THEN
        IF dossier.id = p_person_id OR EXISTS (SELECT 1 FROM public.person p WHERE p.id = p_person_id) THEN
            RAISE EXCEPTION 'the dossier % is central''s own, not a second one of this office', p_person_id
                USING ERRCODE = '42501';
        END IF;
    ELSE
        RAISE EXCEPTION 'a review reason is OWNED_ELSEWHERE, CHANGED_ELSEWHERE or DUPLICATE_DOSSIER, not %', p_reason
            USING ERRCODE = '22023';
    END IF;
    SELECT o.code INTO owner_code FROM public.office o WHERE o.office_id = dossier.owner_office_id;
    INSERT INTO public.sync_review (office_id, office_code, event_id, person_id, tax_code, reason, base_version,
                                    owner_office_id, owner_code, central_version, office_copy)
        VALUES (caller, caller_code, p_event_id, p_person_id, p_tax_code, p_reason, p_base_version,
                dossier.owner_office_id, owner_code, dossier.version, p_office_copy)
        ON CONFLICT (event_id) DO NOTHING;
    RETURN FOUND;
END
$$;

REVOKE ALL ON FUNCTION public.dossier_head(VARCHAR, BOOLEAN, VARCHAR), public.dossier_fetch_person(VARCHAR, VARCHAR),
    public.dossier_fetch_declarations(VARCHAR, VARCHAR), public.dossier_fetch_movements(VARCHAR, VARCHAR),
    public.sync_review_file(UUID, UUID, VARCHAR, VARCHAR, BIGINT, JSONB) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.dossier_head(VARCHAR, BOOLEAN, VARCHAR), public.dossier_fetch_person(VARCHAR, VARCHAR),
    public.dossier_fetch_declarations(VARCHAR, VARCHAR), public.dossier_fetch_movements(VARCHAR, VARCHAR),
    public.sync_review_file(UUID, UUID, VARCHAR, VARCHAR, BIGINT, JSONB) TO sportello_office;
-- Trigger functions are called by the tables, never by a person.
REVOKE ALL ON FUNCTION public.office_binding_guard(), public.stamp_catalog_change(), public.stamp_person_change()
    FROM PUBLIC;

-- Review entries are written only through sync_review_file().
REVOKE INSERT ON public.sync_review FROM sportello_office;
DROP POLICY office_files ON public.sync_review;

-- ---------------------------------------------------------------------------------------------------
-- Policies again, every name qualified. (A policy's expression is bound to the objects it named when it
-- was created, so these were never fooled by pg_temp; the function they call was. Recreated so that
-- what is read here is what runs.)
DROP POLICY office_self ON public.office;
CREATE POLICY office_self ON public.office FOR SELECT TO sportello_office
    USING (role_name = current_user);
DROP POLICY office_bind ON public.office;
CREATE POLICY office_bind ON public.office FOR UPDATE TO sportello_office
    USING (role_name = current_user) WITH CHECK (role_name = current_user);

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['ticket', 'office_event', 'protocol_entry', 'archive_file', 'archived_document',
                             'document_reprint', 'scanned_page'] LOOP
        EXECUTE format('DROP POLICY office_own_rows ON public.%I', t);
        EXECUTE format('CREATE POLICY office_own_rows ON public.%I FOR ALL TO sportello_office'
            || ' USING (office_id = (SELECT public.sync_office_id()))'
            || ' WITH CHECK (office_id = (SELECT public.sync_office_id()))', t);
    END LOOP;
END
$$;

DROP POLICY office_owned ON public.person;
CREATE POLICY office_owned ON public.person FOR ALL TO sportello_office
    USING (owner_office_id = (SELECT public.sync_office_id()))
    WITH CHECK (owner_office_id = (SELECT public.sync_office_id()));
DROP POLICY office_owned ON public.availability_declaration;
CREATE POLICY office_owned ON public.availability_declaration FOR ALL TO sportello_office
    USING (EXISTS (SELECT 1 FROM public.person p WHERE p.id = person_id
                   AND p.owner_office_id = (SELECT public.sync_office_id())))
    WITH CHECK (EXISTS (SELECT 1 FROM public.person p WHERE p.id = person_id
                        AND p.owner_office_id = (SELECT public.sync_office_id())));
DROP POLICY office_owned ON public.job_movement;
CREATE POLICY office_owned ON public.job_movement FOR ALL TO sportello_office
    USING (EXISTS (SELECT 1 FROM public.person p WHERE p.id = person_id
                   AND p.owner_office_id = (SELECT public.sync_office_id())))
    WITH CHECK (EXISTS (SELECT 1 FROM public.person p WHERE p.id = person_id
                        AND p.owner_office_id = (SELECT public.sync_office_id())));
DROP POLICY office_party ON public.dossier_transfer;
CREATE POLICY office_party ON public.dossier_transfer FOR SELECT TO sportello_office
    USING ((SELECT public.sync_office_id()) IN (from_office_id, to_office_id));
DROP POLICY office_reads ON public.sync_review;
CREATE POLICY office_reads ON public.sync_review FOR SELECT TO sportello_office
    USING ((SELECT public.sync_office_id()) IN (office_id, owner_office_id));

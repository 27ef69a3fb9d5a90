-- Central sync, third part (ADR 0021): every office's protocol register and document archive reach
-- central, and a held dossier edit can be resolved.
-- Numbered 2.7 to stay clear of the central migrations other changes add alongside.

-- Offices from schema 8 on also push their documents; older offices keep syncing without them (their
-- tables are unchanged), so office_schema_min stays where it is.
UPDATE sync_contract SET office_schema_max = GREATEST(office_schema_max, 8);

-- The protocol register of every office, as the offices push it; the newer version wins (an annulment
-- raises it). No foreign keys: central mirrors what each office committed, in whatever order it arrives.
CREATE TABLE protocol_entry (
    id               UUID PRIMARY KEY,
    office_id        UUID         NOT NULL,
    protocol_year    INT          NOT NULL,
    number           INT          NOT NULL,
    code             VARCHAR(32)  NOT NULL,
    kind             VARCHAR(40)  NOT NULL,
    subject_kind     VARCHAR(8)   NOT NULL,
    subject_code     VARCHAR(16)  NOT NULL,
    subject_name     VARCHAR(200),
    title            VARCHAR(300) NOT NULL,
    document_sha256  VARCHAR(64)  NOT NULL,
    operator_id      UUID         NOT NULL,
    registered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    annulled_at      TIMESTAMP WITH TIME ZONE,
    annulled_by      UUID,
    annulment_reason VARCHAR(500),
    version          BIGINT       NOT NULL,
    synced_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT protocol_entry_number_uk UNIQUE (office_id, protocol_year, number)
);
CREATE INDEX protocol_entry_code_ix ON protocol_entry (code);
CREATE INDEX protocol_entry_subject_ix ON protocol_entry (subject_code);

-- Files by content, per office (a key on the hash alone would let one office learn, by a silent
-- conflict, that another holds the same file). content is the PDF an office issued; scanned pages
-- stay in their office and arrive as their hash only (content NULL): see ADR 0021 for the sizes.
CREATE TABLE archive_file (
    office_id  UUID        NOT NULL,
    sha256     VARCHAR(64) NOT NULL,
    media_type VARCHAR(60) NOT NULL,
    size_bytes BIGINT      NOT NULL,
    content    BYTEA,
    stored_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    synced_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (office_id, sha256),
    CONSTRAINT archive_file_sha256_ck CHECK (char_length(sha256) = 64),
    -- Bytes that arrive must be the bytes the hash names (they are checked again by whoever reads them).
    CONSTRAINT archive_file_content_ck CHECK (content IS NULL OR encode(sha256(content), 'hex') = sha256)
);

CREATE TABLE archived_document (
    protocol_entry_id UUID        PRIMARY KEY,
    office_id         UUID        NOT NULL,
    pdf_sha256        VARCHAR(64) NOT NULL,
    archived_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    synced_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE document_reprint (
    id                UUID        PRIMARY KEY,
    office_id         UUID        NOT NULL,
    protocol_entry_id UUID        NOT NULL,
    operator_id       UUID        NOT NULL,
    printed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    copy_sha256       VARCHAR(64) NOT NULL,
    synced_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE scanned_page (
    id                UUID         PRIMARY KEY,
    office_id         UUID         NOT NULL,
    protocol_entry_id UUID         NOT NULL,
    file_sha256       VARCHAR(64)  NOT NULL,
    page_number       INT          NOT NULL,
    source_name       VARCHAR(500) NOT NULL,
    read_from         VARCHAR(16)  NOT NULL,
    operator_id       UUID         NOT NULL,
    attached_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    synced_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

GRANT SELECT, INSERT, UPDATE ON protocol_entry TO sportello_office;
GRANT SELECT, INSERT ON archive_file, archived_document, document_reprint, scanned_page TO sportello_office;
-- A scanned page's file arrives without bytes; the same file issued as a PDF fills them in.
GRANT UPDATE (content) ON archive_file TO sportello_office;

ALTER TABLE protocol_entry    ENABLE ROW LEVEL SECURITY;
ALTER TABLE protocol_entry    FORCE ROW LEVEL SECURITY;
ALTER TABLE archive_file      ENABLE ROW LEVEL SECURITY;
ALTER TABLE archive_file      FORCE ROW LEVEL SECURITY;
ALTER TABLE archived_document ENABLE ROW LEVEL SECURITY;
ALTER TABLE archived_document FORCE ROW LEVEL SECURITY;
ALTER TABLE document_reprint  ENABLE ROW LEVEL SECURITY;
ALTER TABLE document_reprint  FORCE ROW LEVEL SECURITY;
ALTER TABLE scanned_page      ENABLE ROW LEVEL SECURITY;
ALTER TABLE scanned_page      FORCE ROW LEVEL SECURITY;

CREATE POLICY central_admin ON protocol_entry    TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY central_admin ON archive_file      TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY central_admin ON archived_document TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY central_admin ON document_reprint  TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY central_admin ON scanned_page      TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE);

CREATE POLICY office_own_rows ON protocol_entry FOR ALL TO sportello_office
    USING (office_id = (SELECT sync_office_id())) WITH CHECK (office_id = (SELECT sync_office_id()));
CREATE POLICY office_own_rows ON archive_file FOR ALL TO sportello_office
    USING (office_id = (SELECT sync_office_id())) WITH CHECK (office_id = (SELECT sync_office_id()));
CREATE POLICY office_own_rows ON archived_document FOR ALL TO sportello_office
    USING (office_id = (SELECT sync_office_id())) WITH CHECK (office_id = (SELECT sync_office_id()));
CREATE POLICY office_own_rows ON document_reprint FOR ALL TO sportello_office
    USING (office_id = (SELECT sync_office_id())) WITH CHECK (office_id = (SELECT sync_office_id()));
CREATE POLICY office_own_rows ON scanned_page FOR ALL TO sportello_office
    USING (office_id = (SELECT sync_office_id())) WITH CHECK (office_id = (SELECT sync_office_id()));

-- Resolving a held edit (ADR 0021): which copy was kept and the dossier version that carries it.
-- The row is never deleted; resolved_at/resolved_by/resolution (V2) say who closed it, when and why.
ALTER TABLE sync_review ADD COLUMN kept VARCHAR(8);
ALTER TABLE sync_review ADD COLUMN resolved_version BIGINT;
ALTER TABLE sync_review ADD CONSTRAINT sync_review_kept_ck CHECK (kept IN ('OFFICE', 'CENTRAL'));
ALTER TABLE sync_review ADD CONSTRAINT sync_review_resolved_ck CHECK (
    (resolved_at IS NULL AND resolved_by IS NULL AND kept IS NULL AND resolved_version IS NULL)
    OR (resolved_at IS NOT NULL AND resolved_by IS NOT NULL AND kept IS NOT NULL AND resolved_version IS NOT NULL));

-- Closes one review entry. The central administrator may, and so may the office that owns the dossier
-- now (it is the one that serves the citizen). p_keep = 'OFFICE' writes the held copy over central's
-- (the dossier keeps its id and its owner); 'CENTRAL' keeps central's content. Either way the dossier
-- gets a new, higher version, so its owner pulls the outcome and leaves its IN_REVIEW state.
-- Returns that version.
CREATE FUNCTION sync_review_resolve(p_id BIGINT, p_keep VARCHAR, p_note VARCHAR) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
    AS $$
DECLARE
    is_office   BOOLEAN := EXISTS (SELECT 1 FROM office WHERE role_name = session_user);
    entry       sync_review%ROWTYPE;
    dossier     person%ROWTYPE;
    held        person%ROWTYPE;
    keep        VARCHAR := upper(p_keep);
    new_version BIGINT;
BEGIN
    IF keep IS NULL OR keep NOT IN ('OFFICE', 'CENTRAL') THEN
        RAISE EXCEPTION 'keep must be OFFICE or CENTRAL, not %', p_keep USING ERRCODE = '22023';
    END IF;
    SELECT * INTO entry FROM sync_review WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no review entry %', p_id USING ERRCODE = 'P0002';
    END IF;
    IF entry.resolved_at IS NOT NULL THEN
        RAISE EXCEPTION 'review entry % was resolved already, by % at %', p_id, entry.resolved_by, entry.resolved_at
            USING ERRCODE = '22023';
    END IF;
    SELECT * INTO dossier FROM person WHERE tax_code = entry.tax_code FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'central has no dossier for % any more', entry.tax_code USING ERRCODE = 'P0002';
    END IF;
    IF is_office AND session_office_id() IS DISTINCT FROM dossier.owner_office_id THEN
        RAISE EXCEPTION 'the dossier of % belongs to another office: its owner or the central administrator resolves this entry',
            entry.tax_code USING ERRCODE = '42501';
    END IF;
    new_version := dossier.version + 1;
    IF keep = 'OFFICE' THEN
        held := jsonb_populate_record(NULL::person, entry.office_copy);
        UPDATE person SET family_name = held.family_name, given_names = held.given_names,
                          birth_date = held.birth_date, sex = held.sex, birth_place_code = held.birth_place_code,
                          birth_place_name = held.birth_place_name, registered_on = held.registered_on,
                          updated_at = now(), version = new_version, updated_by_office = NULL
            WHERE id = dossier.id;
        -- The held copy's children replace central's, under central's dossier id (for a duplicate
        -- dossier the office's own id was never on central).
        DELETE FROM availability_declaration WHERE person_id = dossier.id;
        DELETE FROM job_movement WHERE person_id = dossier.id;
        INSERT INTO availability_declaration (id, office_id, person_id, declared_on, ended_on, version)
            SELECT d.id, dossier.owner_office_id, dossier.id, d.declared_on, d.ended_on, d.version
            FROM jsonb_populate_recordset(NULL::availability_declaration, entry.office_copy -> 'declarations') d;
        INSERT INTO job_movement (id, office_id, person_id, kind, effective_on, employer_tax_code, employer_name,
                                  contract_type, occupation, protocol_entry_id, recorded_at, version)
            SELECT m.id, dossier.owner_office_id, dossier.id, m.kind, m.effective_on, m.employer_tax_code,
                   m.employer_name, m.contract_type, m.occupation, m.protocol_entry_id, m.recorded_at, m.version
            FROM jsonb_populate_recordset(NULL::job_movement, entry.office_copy -> 'movements') m;
    ELSE
        UPDATE person SET version = new_version, updated_by_office = NULL WHERE id = dossier.id;
    END IF;
    UPDATE sync_review SET resolved_at = now(), resolved_by = session_user, kept = keep,
                           resolved_version = new_version, resolution = p_note
        WHERE id = p_id;
    RETURN new_version;
END
$$;

REVOKE ALL ON FUNCTION sync_review_resolve(BIGINT, VARCHAR, VARCHAR) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync_review_resolve(BIGINT, VARCHAR, VARCHAR) TO sportello_office;

-- The document archive (ADR 15): every issued PDF kept by protocol number, reprints recorded, scanned
-- pages attached to their entries. Bytes live in the office database, content-addressed by SHA-256,
-- so a workstation that reaches the database reaches the archive, and backups keep both together.
-- Numbered 6 to leave 4 and 5 to work that was under way beside this one.

-- File contents, one row per distinct SHA-256: a PDF scanned twice, or the 12 pages of one scan
-- attached to 12 entries, are stored once.
CREATE TABLE archive_file (
    sha256     VARCHAR(64)  PRIMARY KEY,
    media_type VARCHAR(60)  NOT NULL,
    size_bytes BIGINT       NOT NULL,
    content    BYTEA        NOT NULL,
    stored_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT archive_file_sha256_ck CHECK (CHAR_LENGTH(sha256) = 64),
    CONSTRAINT archive_file_size_ck CHECK (size_bytes > 0)
);

-- The PDF an entry was printed as, written in the registering transaction: no number without its copy.
CREATE TABLE archived_document (
    protocol_entry_id UUID        PRIMARY KEY REFERENCES protocol_entry (id),
    office_id         UUID        NOT NULL REFERENCES office (id),
    pdf_sha256        VARCHAR(64) NOT NULL REFERENCES archive_file (sha256),
    archived_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every duplicate printed from the archive: who, when, and the hash of the marked copy handed out.
CREATE TABLE document_reprint (
    id                UUID        PRIMARY KEY,
    office_id         UUID        NOT NULL REFERENCES office (id),
    protocol_entry_id UUID        NOT NULL REFERENCES protocol_entry (id),
    operator_id       UUID        NOT NULL REFERENCES operator (id),
    printed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    copy_sha256       VARCHAR(64) NOT NULL
);

CREATE INDEX document_reprint_entry_ix ON document_reprint (protocol_entry_id, printed_at);

-- Scanned pages attached to their entries (counter scans and batch intake). page_number counts from 1
-- inside the scanned file; an image file has one page. The unique key makes a second intake of the
-- same folder attach nothing twice.
CREATE TABLE scanned_page (
    id                UUID         PRIMARY KEY,
    office_id         UUID         NOT NULL REFERENCES office (id),
    protocol_entry_id UUID         NOT NULL REFERENCES protocol_entry (id),
    file_sha256       VARCHAR(64)  NOT NULL REFERENCES archive_file (sha256),
    page_number       INT          NOT NULL,
    source_name       VARCHAR(500) NOT NULL,
    read_from         VARCHAR(16)  NOT NULL,
    operator_id       UUID         NOT NULL REFERENCES operator (id),
    attached_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT scanned_page_uk UNIQUE (protocol_entry_id, file_sha256, page_number),
    CONSTRAINT scanned_page_number_ck CHECK (page_number > 0),
    CONSTRAINT scanned_page_read_ck CHECK (read_from IN ('QR_CODE', 'CODE_128'))
);

CREATE INDEX scanned_page_entry_ix ON scanned_page (protocol_entry_id);

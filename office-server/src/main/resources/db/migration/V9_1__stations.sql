-- Enrolled stations (ADR 23): every workstation talks to the office server with a certificate from
-- the office's own CA. The server looks each call's certificate up here by serial; a revoked station
-- (or one re-enrolled under a new certificate) is refused at once.
CREATE TABLE station (
    id                 UUID PRIMARY KEY,
    office_id          UUID         NOT NULL REFERENCES office (id),
    name               VARCHAR(64)  NOT NULL,
    role               VARCHAR(16)  NOT NULL,
    certificate_serial VARCHAR(40)  NOT NULL,
    enrolled_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at         TIMESTAMP WITH TIME ZONE,
    last_seen_at       TIMESTAMP WITH TIME ZONE,
    version            BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT station_name_uk UNIQUE (office_id, name),
    CONSTRAINT station_serial_uk UNIQUE (certificate_serial)
);

-- One-time enrolment codes: single use, 24 hours. The server needs the code itself (it is the key of
-- the proof a joining station sends), so it is kept only until used or expired.
CREATE TABLE station_enrolment (
    id          UUID PRIMARY KEY,
    office_id   UUID         NOT NULL REFERENCES office (id),
    name        VARCHAR(64)  NOT NULL,
    role        VARCHAR(16)  NOT NULL,
    code        VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);

CREATE INDEX station_enrolment_open_ix ON station_enrolment (used_at, expires_at);

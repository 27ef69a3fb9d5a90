-- Training courses and workshops for the terminal's calendar (issue 12), and the places file: the
-- municipalities' coordinates that distance filters and the fit's travel check use.
CREATE TABLE course (
    id           VARCHAR(64)   PRIMARY KEY,
    -- COURSE or WORKSHOP.
    kind         VARCHAR(16)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    provider     VARCHAR(200)  NOT NULL,
    description  VARCHAR(4000) NOT NULL DEFAULT '',
    municipality VARCHAR(100)  NOT NULL,
    province     VARCHAR(2),
    -- An address or a room ("Via Marconi 12, aula 3").
    place        VARCHAR(200)  NOT NULL DEFAULT '',
    starts       DATE          NOT NULL,
    ends         DATE          NOT NULL,
    seats        INT           NOT NULL DEFAULT 0,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT course_kind_ck CHECK (kind IN ('COURSE', 'WORKSHOP')),
    CONSTRAINT course_dates_ck CHECK (ends >= starts),
    CONSTRAINT course_seats_ck CHECK (seats >= 0)
);

CREATE INDEX course_dates_ix ON course (ends, starts);

-- Keyed like Address.municipalityKey(): "SAN LAZZARO DI SAVENA (BO)"; name_key without the province,
-- for a "Dove" typed without it.
CREATE TABLE place (
    place_key VARCHAR(120) PRIMARY KEY,
    name_key  VARCHAR(110) NOT NULL,
    name      VARCHAR(100) NOT NULL,
    province  VARCHAR(2)   NOT NULL,
    lat       DOUBLE PRECISION NOT NULL,
    lon       DOUBLE PRECISION NOT NULL,
    CONSTRAINT place_lat_ck CHECK (lat BETWEEN -90 AND 90),
    CONSTRAINT place_lon_ck CHECK (lon BETWEEN -180 AND 180)
);

CREATE INDEX place_name_ix ON place (name_key);

-- Offers a citizen took to the desk from a terminal go into V1's ticket_item (item_kind JOB_OFFER,
-- item_ref the offer's id); the desk that calls the ticket reads them there.
CREATE INDEX ticket_item_ref_ix ON ticket_item (item_kind, item_ref);

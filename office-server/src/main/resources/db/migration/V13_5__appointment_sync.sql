-- Appointments go to central and come along with a dossier moved here (issue 13 part 6, ADR 36; central V5_1).

-- Every change of an appointment bumps its version; the sync sends the rows whose version central has not seen
-- and records what it sent after central committed, as company communications (V11_7).
ALTER TABLE appointment ADD COLUMN pushed_version BIGINT NOT NULL DEFAULT 0;
CREATE INDEX appointment_unpushed_ix ON appointment (pushed_version, version);

-- Appointments another office booked for a dossier that now belongs here, as central had them when they came.
-- They have no calendar here (the person they were booked with works at the other office), so they are not
-- appointment rows: the future ones still open on arrival are to be booked again here (to_rebook), the rest are
-- history. rebooked_to names the appointment booked here in the place of one; the other office's own row keeps
-- its status there.
CREATE TABLE moved_appointment (
    id             UUID PRIMARY KEY,
    person_id      UUID         NOT NULL REFERENCES person (id),
    tax_code       VARCHAR(16)  NOT NULL,
    booked_at_code VARCHAR(16)  NOT NULL,
    with_login     VARCHAR(64)  NOT NULL,
    with_name      VARCHAR(200) NOT NULL,
    kind           VARCHAR(24)  NOT NULL,
    starts_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    bring          VARCHAR(300) NOT NULL,
    central_version BIGINT      NOT NULL,
    to_rebook      BOOLEAN      NOT NULL,
    rebooked_to    UUID REFERENCES appointment (id),
    rebooked_at    TIMESTAMP WITH TIME ZONE,
    rebooked_by    VARCHAR(64),
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT moved_appointment_rebooked_ck CHECK (rebooked_to IS NULL OR to_rebook)
);

CREATE INDEX moved_appointment_person_ix ON moved_appointment (person_id, starts_at);
CREATE INDEX moved_appointment_open_ix ON moved_appointment (to_rebook, starts_at);

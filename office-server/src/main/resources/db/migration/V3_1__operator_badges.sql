-- Operator badges (ADR 0013): an operator logs in at a desk by holding a badge to a reader.
-- Badge identifiers are never stored as read: each is kept as an HMAC-SHA256 under the office's own
-- badge key, so the table (and any copy of it) does not list numbers that could be written onto a
-- blank card. The hash is deterministic, so a login is one indexed lookup, not a scan of every badge.

-- One random key per office, made on first use.
CREATE TABLE badge_key (
    office_id  UUID PRIMARY KEY REFERENCES office (id),
    secret     VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A badge belongs to one operator; an operator may have several (a spare, a new card).
CREATE TABLE operator_badge (
    id          UUID PRIMARY KEY,
    office_id   UUID         NOT NULL REFERENCES office (id),
    operator_id UUID         NOT NULL REFERENCES operator (id),
    badge_hash  VARCHAR(64)  NOT NULL,
    enrolled_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT operator_badge_hash_uk UNIQUE (office_id, badge_hash)
);

CREATE INDEX operator_badge_operator_ix ON operator_badge (operator_id);

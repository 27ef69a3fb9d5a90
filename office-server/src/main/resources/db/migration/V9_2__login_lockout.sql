-- Operators log in on the office server (ADR 23). After five wrong passwords in a row a login is
-- locked for five minutes; the count and the lock live here so that restarting the server does not
-- hand a password guesser a fresh set of attempts.
ALTER TABLE operator ADD COLUMN failed_logins INT NOT NULL DEFAULT 0;
ALTER TABLE operator ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;

-- How long an operator's session may stay unused before the server ends it (office set-up key
-- session.idle.minutes). Kept with the office, not as a server option, so the set-up file is the one
-- place an office's IT staff configure it.
ALTER TABLE office ADD COLUMN session_idle_minutes INT NOT NULL DEFAULT 30;
ALTER TABLE office ADD CONSTRAINT office_session_idle_ck CHECK (session_idle_minutes BETWEEN 1 AND 720);

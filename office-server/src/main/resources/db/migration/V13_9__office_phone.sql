-- The office's public phone number (issue 12; ADR 37): set-up key office.phone, optional. It travels with the
-- vacancies this office publishes (central V5_4), so another office's terminal can give it with the address when
-- the company kept its contacts reserved; and another office's offer keeps the phone its publisher gave.
ALTER TABLE office ADD COLUMN phone VARCHAR(30);
ALTER TABLE job_offer ADD COLUMN publisher_phone VARCHAR(30);

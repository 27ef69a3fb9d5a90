-- Another office's offer names the office that published it (issue 12; ADR 37, central V5_3): where the citizen
-- applies, quoting the reference that office's desk knows the vacancy by, when the company kept its contacts
-- reserved. NULL for this office's own and imported offers, and for a vacancy pushed by an older build.
ALTER TABLE job_offer ADD COLUMN publisher_name VARCHAR(200);
ALTER TABLE job_offer ADD COLUMN publisher_address VARCHAR(300);
ALTER TABLE job_offer ADD COLUMN publisher_ref VARCHAR(32);

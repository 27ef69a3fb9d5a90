-- The office that published a vacancy travels with it (issue 12; ADR 37): a company that kept its name and
-- contacts reserved leaves the citizen of another office nothing to apply to, so the offer names the office
-- that holds the vacancy, as that office gives itself (its set-up's name and address) when it pushes. Only the
-- office's public identity: nothing of the company. NULL on rows pushed by an older build (the terminal then
-- says "ask at the desk", as before); the next change of such a vacancy fills them.
ALTER TABLE public.vacancy ADD COLUMN office_code VARCHAR(16);
ALTER TABLE public.vacancy ADD COLUMN office_name VARCHAR(200);
ALTER TABLE public.vacancy ADD COLUMN office_address VARCHAR(300);

-- The publishing office's public phone number travels with its vacancies (issue 12; ADR 37), beside the name and
-- address of V5_3: the office's own, from its set-up (office.phone), never the company's. NULL when the office gave
-- none, and on rows pushed by an older build (the next change of such a vacancy fills it).
ALTER TABLE public.vacancy ADD COLUMN office_phone VARCHAR(30);

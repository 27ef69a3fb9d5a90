-- Personal data by the rules (ADR 0026). Offices erase a ticket's codice fiscale and priority class
-- after their retention days (or on a person's request) and push the erased row as a newer version:
-- central's copy then holds NULL in both. The TICKET_ISSUED event that named the priority class is
-- erased too, by the pushing office, in its own rows only (row security, office_own_rows).
ALTER TABLE public.ticket ALTER COLUMN priority DROP NOT NULL;
GRANT UPDATE (detail) ON public.office_event TO sportello_office;

-- Failed log-ins keep the station and the time, never the typed text (see the office's V10_1).
UPDATE public.office_event SET detail = '(unknown login)'
    WHERE type = 'LOGIN_FAILED' AND operator_id IS NULL AND detail IS NOT NULL
      AND detail NOT IN ('(unknown login)', '(badge)');


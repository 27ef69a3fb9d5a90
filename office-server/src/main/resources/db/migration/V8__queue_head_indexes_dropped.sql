-- The office server keeps the waiting lines in memory (ADR 10): call-next no longer reads the head
-- of each line from the table. These two indexes only served that read, and every call, transfer and
-- finish paid for keeping them, on the one thread that writes the queue. The statement-by-statement
-- service (single-machine office, or a failed turn run again) still finds the waiting tickets through
-- ticket_waiting_ix (office_id, status, service_id, queued_since): a few hundred rows at most.
DROP INDEX ticket_line_head_ix;
DROP INDEX ticket_transfer_head_ix;

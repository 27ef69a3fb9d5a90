-- Call-next reads the head of each line, one priority class at a time; the wait estimate reads the
-- latest finished visits of a service. Both queries order by these index columns in full, so H2
-- reads the index in order and stops at the LIMIT however many tickets the day has seen.
CREATE INDEX ticket_line_head_ix ON ticket (office_id, status, service_id, priority, queued_since, number, id);
CREATE INDEX ticket_finished_ix ON ticket (office_id, status, service_id, finished_at DESC);

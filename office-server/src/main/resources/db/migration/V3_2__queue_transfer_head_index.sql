-- Call-next also reads the head of the tickets transferred to the calling counter. Without an index
-- that leads with target_counter_id, H2 walked every waiting ticket of the office to find it, on
-- every call; with it, the head is one index step like the service lines (V1_1).
CREATE INDEX ticket_transfer_head_ix ON ticket (office_id, status, target_counter_id, queued_since, number, id);

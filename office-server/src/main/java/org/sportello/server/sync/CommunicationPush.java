package org.sportello.server.sync;

import java.util.List;

/**
 * The office's company communications as central (V4_2) takes them. Central's row security lets an office
 * write and read only the communications it took; once sent, a communication changes only by being
 * completed, so an upsert updates its protocol entry and version alone.
 */
final class CommunicationPush {
    /** The columns sent, in order; worker_tax_code is read from the worker's person row. */
    static final List<String> COLUMNS = List.of("id", "kind", "employer_tax_code", "employer_name", "person_id",
            "worker_tax_code", "event_on", "end_on", "contract_type", "occupation_code", "pages", "handed_in_on",
            "deadline_on", "late", "job_movement_id", "protocol_entry_id", "operator_id", "recorded_at", "version");
    static final List<String> TYPES = List.of("uuid", "varchar", "varchar", "varchar", "uuid", "varchar", "date",
            "date", "varchar", "varchar", "int", "date", "date", "boolean", "uuid", "uuid", "uuid", "timestamptz",
            "bigint");

    static final VersionedRowPush PUSH = new VersionedRowPush("company_communication",
            "JOIN person p ON p.id = t.person_id", COLUMNS, TYPES,
            c -> c.equals("worker_tax_code") ? "p.tax_code" : "t." + c,
            "public.company_communication", List.of("protocol_entry_id", "version"));

    private CommunicationPush() {
    }
}

package org.sportello.server.sync;

import java.util.List;

/** The columns the push copies, in the same order on both sides. */
final class SyncedColumns {
    /** The office ticket row, minus idempotency_key (a kiosk's retry key means nothing at central). */
    static final List<String> TICKET = List.of("id", "office_id", "service_id", "issued_service_id", "service_day",
            "number", "code", "kind", "priority", "status", "language", "issued_at", "queued_since", "called_at",
            "finished_at", "counter_id", "operator_id", "target_counter_id", "recall_count", "outcome",
            "estimated_wait_minutes", "people_ahead", "appointment_at", "assigned_operator_id", "citizen_tax_code",
            "version");

    /** office_event as read at the office; its id becomes office_seq at central. */
    static final List<String> EVENT = List.of("id", "event_id", "office_id", "occurred_at", "type", "ticket_id",
            "ticket_code", "service_id", "counter_id", "counter_number", "operator_id", "detail");

    static final List<String> EVENT_AT_CENTRAL = List.of("office_seq", "event_id", "office_id", "occurred_at", "type",
            "ticket_id", "ticket_code", "service_id", "counter_id", "counter_number", "operator_id", "detail");

    /** Central's type of each {@link #TICKET} column, in order: the push sends each column as one array. */
    static final List<String> TICKET_TYPES = List.of("uuid", "uuid", "uuid", "uuid", "date",
            "int", "varchar", "varchar", "varchar", "varchar", "varchar", "timestamptz", "timestamptz", "timestamptz",
            "timestamptz", "uuid", "uuid", "uuid", "int", "varchar",
            "int", "int", "timestamptz", "uuid", "varchar",
            "bigint");

    /** Central's type of each {@link #EVENT_AT_CENTRAL} column, in order. */
    static final List<String> EVENT_TYPES = List.of("bigint", "uuid", "uuid", "timestamptz", "varchar",
            "uuid", "varchar", "uuid", "uuid", "int", "uuid", "varchar");

    static final List<String> CATALOG_SERVICE = List.of("id", "code", "name_it", "name_en", "area", "active",
            "deleted", "version");

    private SyncedColumns() {
    }

    static String list(List<String> columns) {
        return String.join(", ", columns);
    }

    /**
     * {@code SELECT * FROM unnest(?::type0[], …) AS u(c0, …)}: a whole batch as one statement with one
     * array per column, so central plans and checks row security once per batch, not once per row, and
     * the batch crosses the network in one message. Each text array is cast to its column's array type
     * as a whole: casting element by element after the unnest cost a fifth more of central's time
     * (ADR 0021).
     */
    static String unnestSelect(List<String> types) {
        StringBuilder sql = new StringBuilder("SELECT * FROM unnest(");
        for (int i = 0; i < types.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("?::").append(types.get(i)).append("[]");
        }
        sql.append(") AS u(");
        for (int i = 0; i < types.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append('c').append(i);
        }
        return sql.append(')').toString();
    }

    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}

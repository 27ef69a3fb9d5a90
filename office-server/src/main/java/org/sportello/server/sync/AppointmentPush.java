package org.sportello.server.sync;

import java.util.List;

/**
 * The office's appointments as central (V5_1; ADR 36) takes them: every row, history included. It runs in
 * the round after the log's batches, so the dossier a booking changed is on central first. An appointment
 * stays the record of the office that booked it: it goes whatever the dossier's state here (a dossier moved
 * away still sends the appointments it released), and central's row security lets an office write only its
 * own rows.
 */
final class AppointmentPush {
    /** The columns sent, in order; with_login and with_name come from the appointment's calendar. */
    static final List<String> COLUMNS = List.of("id", "person_id", "tax_code", "with_login", "with_name", "kind",
            "starts_at", "ends_at", "status", "bring", "rebooked_to", "letter", "ticket_code", "booked_at", "booked_by",
            "changed_at", "changed_by", "change_reason", "checked_in_at", "version");
    static final List<String> TYPES = List.of("uuid", "uuid", "varchar", "varchar", "varchar", "varchar",
            "timestamptz", "timestamptz", "varchar", "varchar", "uuid", "varchar", "varchar", "timestamptz", "varchar",
            "timestamptz", "varchar", "varchar", "timestamptz", "bigint");

    static final VersionedRowPush PUSH = new VersionedRowPush("appointment",
            "JOIN agenda_calendar k ON k.id = t.calendar_id", COLUMNS, TYPES, c -> switch (c) {
                case "with_login" -> "k.owner";
                case "with_name" -> "k.name";
                default -> "t." + c;
            }, "public.appointment", COLUMNS.subList(1, COLUMNS.size()));

    private AppointmentPush() {
    }
}

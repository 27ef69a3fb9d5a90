package org.sportello.server.agenda;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sportello.model.agenda.Absence;
import org.sportello.model.agenda.AgendaCalendar;
import org.sportello.model.agenda.Appointment;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.agenda.AppointmentStatus;
import org.sportello.model.agenda.BookingRule;
import org.sportello.model.agenda.Held;
import org.sportello.model.agenda.WorkingHours;
import org.sportello.model.agenda.Workshop;

/** Reading the agenda's rows (V13_1) into the model's values; no rules. */
final class AgendaRows {
    static final String APPOINTMENT_COLUMNS = "a.id, a.calendar_id, k.owner, k.name, a.tax_code, a.kind, a.starts_at,"
            + " a.ends_at, a.status, a.bring, a.rebooked_to, a.letter, a.ticket_code, a.booked_at, a.booked_by,"
            + " a.version";
    static final String APPOINTMENT_FROM = " FROM appointment a JOIN agenda_calendar k ON k.id = a.calendar_id";

    private AgendaRows() {
    }

    static Optional<AgendaCalendar> calendarByOwner(Connection c, String owner) throws SQLException {
        return calendar(c, "owner = ?", owner);
    }

    static Optional<AgendaCalendar> calendarById(Connection c, UUID id) throws SQLException {
        return calendar(c, "id = ?", id);
    }

    private static Optional<AgendaCalendar> calendar(Connection c, String where, Object key) throws SQLException {
        UUID id;
        String owner;
        String name;
        String hours;
        Workshop workshop;
        long version;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, owner, name, hours, workshop_room, workshop_seats,"
                + " version FROM agenda_calendar WHERE " + where)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                id = rs.getObject(1, UUID.class);
                owner = rs.getString(2);
                name = rs.getString(3);
                hours = rs.getString(4);
                workshop = rs.getString(5) == null ? null : new Workshop(rs.getString(5), rs.getInt(6));
                version = rs.getLong(7);
            }
        }
        Map<AppointmentKind, Duration> lengths = new EnumMap<>(AppointmentKind.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, minutes FROM agenda_slot_length"
                + " WHERE calendar_id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lengths.put(AppointmentKind.valueOf(rs.getString(1)), Duration.ofMinutes(rs.getInt(2)));
                }
            }
        }
        List<Absence> absences = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT starts_at, ends_at, reason FROM agenda_absence"
                + " WHERE calendar_id = ? ORDER BY starts_at")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    absences.add(new Absence(rs.getObject(1, LocalDateTime.class), rs.getObject(2, LocalDateTime.class),
                            rs.getString(3)));
                }
            }
        }
        return Optional.of(new AgendaCalendar(id, owner, name, WorkingHours.parse(hours), lengths, absences, workshop,
                version));
    }

    static List<AgendaCalendar> calendars(Connection c) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM agenda_calendar ORDER BY owner");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        List<AgendaCalendar> out = new ArrayList<>();
        for (UUID id : ids) {
            calendarById(c, id).ifPresent(out::add);
        }
        return out;
    }

    /** Writes the calendar's hours, lengths and absences over what is stored, with the given version. */
    static void writeCalendar(Connection c, AgendaCalendar k, boolean insert, long version) throws SQLException {
        String sql = insert
                ? "INSERT INTO agenda_calendar (name, hours, workshop_room, workshop_seats, version, id, office_id, owner)"
                + " VALUES (?, ?, ?, ?, ?, ?, (SELECT id FROM office), ?)"
                : "UPDATE agenda_calendar SET name = ?, hours = ?, workshop_room = ?, workshop_seats = ?, version = ?"
                + " WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, k.name());
            ps.setString(2, k.hours().format());
            ps.setString(3, k.workshop() == null ? null : k.workshop().room());
            ps.setObject(4, k.workshop() == null ? null : k.workshop().seats());
            ps.setLong(5, version);
            ps.setObject(6, k.id());
            if (insert) {
                ps.setString(7, k.owner());
            }
            ps.executeUpdate();
        }
        for (String table : List.of("agenda_slot_length", "agenda_absence")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE calendar_id = ?")) {
                ps.setObject(1, k.id());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO agenda_slot_length (calendar_id, kind, minutes)"
                + " VALUES (?, ?, ?)")) {
            for (var e : k.slotLengths().entrySet()) {
                ps.setObject(1, k.id());
                ps.setString(2, e.getKey().name());
                ps.setInt(3, (int) e.getValue().toMinutes());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO agenda_absence (id, calendar_id, starts_at,"
                + " ends_at, reason) VALUES (?, ?, ?, ?, ?)")) {
            for (Absence a : k.absences()) {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, k.id());
                ps.setObject(3, a.from());
                ps.setObject(4, a.to());
                ps.setString(5, a.reason());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static BookingRule rule(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT with_case_manager, afternoon_from, notice_minutes,"
                + " horizon_days, first_free_otherwise FROM agenda_rule");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return BookingRule.SHIPPED;
            }
            return new BookingRule(rs.getBoolean(1), rs.getObject(2, LocalTime.class),
                    Duration.ofMinutes(rs.getInt(3)), rs.getInt(4), rs.getBoolean(5));
        }
    }

    /** The appointments holding a place in a calendar between two instants. */
    static List<Held> held(Connection c, UUID calendar, Instant from, Instant to, UUID except) throws SQLException {
        List<Held> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT starts_at, ends_at FROM appointment"
                + " WHERE calendar_id = ? AND held = 1 AND starts_at < ? AND ends_at > ? AND id <> ?")) {
            ps.setObject(1, calendar);
            ps.setObject(2, utc(to));
            ps.setObject(3, utc(from));
            ps.setObject(4, except == null ? new UUID(0, 0) : except);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Held(instant(rs, 1), instant(rs, 2)));
                }
            }
        }
        return out;
    }

    /** The lowest seat no appointment holds at {@code start}. */
    static int freeSeat(Connection c, UUID calendar, Instant start) throws SQLException {
        List<Integer> taken = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seat FROM appointment WHERE calendar_id = ?"
                + " AND starts_at = ? AND held = 1")) {
            ps.setObject(1, calendar);
            ps.setObject(2, utc(start));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    taken.add(rs.getInt(1));
                }
            }
        }
        int seat = 1;
        while (taken.contains(seat)) {
            seat++;
        }
        return seat;
    }

    static Optional<Appointment> appointment(Connection c, UUID id, boolean lock) throws SQLException {
        if (lock) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM appointment WHERE id = ? FOR UPDATE")) {
                ps.setObject(1, id);
                ps.executeQuery().close();
            }
        }
        return appointments(c, " WHERE a.id = ?", id).stream().findFirst();
    }

    static List<Appointment> appointments(Connection c, String where, Object... args) throws SQLException {
        List<Appointment> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + APPOINTMENT_COLUMNS + APPOINTMENT_FROM + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i] instanceof Instant t ? utc(t) : args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Appointment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), AppointmentKind.valueOf(rs.getString(6)), instant(rs, 7),
                            instant(rs, 8), AppointmentStatus.valueOf(rs.getString(9)), rs.getString(10),
                            rs.getObject(11, UUID.class), rs.getString(12), rs.getString(13), instant(rs, 14),
                            rs.getString(15), rs.getLong(16)));
                }
            }
        }
        return out;
    }

    static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}

package org.sportello.server.agenda;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.sportello.server.storage.JdbcTransaction;
import org.sportello.server.storage.JdbcTransaction.Work;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.agenda.Absence;
import org.sportello.model.agenda.AgendaCalendar;
import org.sportello.model.agenda.AgendaService;
import org.sportello.model.agenda.Appointment;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.agenda.AppointmentStatus;
import org.sportello.model.agenda.BookingRule;
import org.sportello.model.agenda.CalendarCheck;
import org.sportello.model.agenda.Held;
import org.sportello.model.agenda.MovedAppointment;
import org.sportello.model.agenda.NewCalendar;
import org.sportello.model.agenda.Slot;
import org.sportello.model.agenda.SlotGenerator;
import org.sportello.model.agenda.WorkingHours;
import org.sportello.model.agenda.Workshop;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.common.UuidV7;
import org.sportello.model.documents.DocumentDetails;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.DocumentService;
import org.sportello.model.documents.IssuedPaper;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.protocol.Subject;
import org.sportello.server.dossier.Dossier;
import org.sportello.server.dossier.OfficeDossiers;

/**
 * The office agenda in the office database (V13_1, ADR 34). Slots and the booking rule are the model's pure
 * rules ({@link SlotGenerator}, {@link BookingRule}); this class reads and writes rows.
 *
 * <p>No double booking under any concurrency: a booking first locks its calendar's row ({@code FOR UPDATE}), so
 * the bookings of one calendar run one after the other, each seeing the last one's commit before it checks the
 * slot is free; and the unique key on calendar, start and seat of the appointments holding a place refuses a
 * second row even if something bypassed the lock. Bookings of different calendars do not wait for each other.
 *
 * <p>An appointment belongs to the citizen's dossier: each change bumps the person's version and writes a
 * DOSSIER_CHANGED event in its transaction, as a case's changes do (ADR 29), and a dossier this office does not
 * own cannot be booked.
 */
public final class OfficeAgenda implements AgendaService {
    /** A rebooking or cancellation reason, as the queue's reasons. */
    public static final int REASON_LENGTH = 200;
    public static final int BRING_LENGTH = 300;
    /** Everyone's calendar, for supervisors. */
    public static final String EVERYONE = "*";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final DataSource office;
    private final OfficeInfo info;
    private final ZoneId zone;
    private final Clock clock;
    private final DocumentService documents;

    public OfficeAgenda(DataSource office, OfficeInfo info, DocumentService documents, Clock clock) {
        this.office = Objects.requireNonNull(office, "office");
        this.info = Objects.requireNonNull(info, "info");
        this.zone = info.zone();
        this.documents = Objects.requireNonNull(documents, "documents");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ZoneId zone() {
        return zone;
    }

    // ---------------------------------------------------------------------------------------- calendars

    @Override
    public List<AgendaCalendar> calendars(OperatorSession session) {
        session.require(Role.OPERATOR, "see the calendars");
        return work(AgendaRows::calendars);
    }

    @Override
    public AgendaCalendar calendar(OperatorSession session, String owner) {
        session.require(Role.OPERATOR, "see a calendar");
        return calendarOf(owner == null || owner.isBlank() ? session.login() : owner.strip());
    }

    @Override
    public AgendaCalendar saveCalendar(OperatorSession session, AgendaCalendar edited) {
        session.require(Role.SUPERVISOR, "edit a calendar");
        Objects.requireNonNull(edited, "edited");
        return work(c -> {
            var stored = AgendaRows.calendarById(c, edited.id());
            if (stored.isEmpty()) {
                if (AgendaRows.calendarByOwner(c, edited.owner()).isPresent()) {
                    throw new SportelloException(Problem.CALENDAR_CHANGED, edited.owner());
                }
                refusePastAbsences(null, edited);
                AgendaRows.writeCalendar(c, edited, true, 1);
            } else {
                // The lock keeps a booking from slipping in between the check below and the write (ADR 38).
                lockCalendar(c, edited.id());
                AgendaCalendar now = AgendaRows.calendarById(c, edited.id()).orElseThrow();
                if (now.version() != edited.version() || !now.owner().equals(edited.owner())) {
                    throw new SportelloException(Problem.CALENDAR_CHANGED, now.name());
                }
                refusePastAbsences(now, edited);
                List<Appointment> stranded = stranded(c, edited);
                if (!stranded.isEmpty()) {
                    throw new SportelloException(Problem.CALENDAR_STRANDS_APPOINTMENTS, now.name(), stranded.size(),
                            listed(stranded));
                }
                AgendaRows.writeCalendar(c, edited, false, now.version() + 1);
            }
            return AgendaRows.calendarById(c, edited.id()).orElseThrow();
        });
    }

    @Override
    public AgendaCalendar createCalendar(OperatorSession session, NewCalendar asked) {
        session.require(Role.SUPERVISOR, "open a calendar");
        Objects.requireNonNull(asked, "asked");
        WorkingHours hours = hoursOf(asked.hours());
        Map<AppointmentKind, Duration> lengths = new EnumMap<>(AppointmentKind.class);
        asked.slotMinutes().forEach((kind, minutes) -> {
            if (minutes < 5 || minutes > 480) {
                throw new SportelloException(Problem.CALENDAR_SLOT_INVALID, minutes);
            }
            lengths.put(kind, Duration.ofMinutes(minutes));
        });
        Workshop workshop = null;
        if (asked.workshop()) {
            if (asked.owner().isEmpty() || asked.name().isEmpty()) {
                throw new SportelloException(Problem.CALENDAR_NAME_MISSING);
            }
            if (asked.room().isEmpty()) {
                throw new SportelloException(Problem.WORKSHOP_ROOM_MISSING);
            }
            if (asked.seats() < 1) {
                throw new SportelloException(Problem.WORKSHOP_SEATS_INVALID, asked.seats());
            }
            workshop = new Workshop(text(asked.room(), 100, "room"), asked.seats());
        }
        text(asked.owner(), 64, "owner");
        text(asked.name(), 200, "name");
        Workshop room = workshop;
        return work(c -> {
            String operatorName = activeOperatorName(c, asked.owner());
            if (!asked.workshop() && operatorName == null) {
                throw new SportelloException(Problem.UNKNOWN_OPERATOR, asked.owner());
            }
            // A workshop's code must not be a login: "--with CODE" would not know whom it means.
            if (AgendaRows.calendarByOwner(c, asked.owner()).isPresent() || (asked.workshop() && operatorName != null)) {
                throw new SportelloException(Problem.CALENDAR_EXISTS, asked.owner());
            }
            String name = asked.name().isEmpty() ? operatorName : asked.name();
            if (AgendaRows.calendars(c).stream().anyMatch(k -> k.name().equalsIgnoreCase(name))) {
                throw new SportelloException(Problem.CALENDAR_NAME_TAKEN, name);
            }
            AgendaCalendar made = new AgendaCalendar(UuidV7.next(clock), asked.owner(), name, hours, lengths, List.of(),
                    room, 1);
            try {
                AgendaRows.writeCalendar(c, made, true, 1);
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) {
                    // Another supervisor (or a first booking) opened it a moment ago.
                    throw new SportelloException(Problem.CALENDAR_EXISTS, asked.owner());
                }
                throw e;
            }
            return AgendaRows.calendarById(c, made.id()).orElseThrow();
        });
    }

    private static WorkingHours hoursOf(String text) {
        if (text.isEmpty()) {
            return WorkingHours.officeDefault();
        }
        try {
            WorkingHours hours = WorkingHours.parse(text);
            if (hours.days().isEmpty()) {
                throw new IllegalArgumentException("no day");
            }
            return hours;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new SportelloException(Problem.CALENDAR_HOURS_INVALID, text, e.getMessage());
        }
    }

    /** The display name of the active operator with this login, null when there is none. */
    private static String activeOperatorName(Connection c, String login) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT display_name FROM operator WHERE login = ? AND active")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Override
    public List<Appointment> stranded(OperatorSession session, AgendaCalendar edited) {
        session.require(Role.SUPERVISOR, "edit a calendar");
        Objects.requireNonNull(edited, "edited");
        return work(c -> stranded(c, edited));
    }

    /** The appointments to come that the edited calendar would no longer hold (ADR 38). */
    private List<Appointment> stranded(Connection c, AgendaCalendar edited) throws SQLException {
        Instant now = clock.instant();
        List<Appointment> held = AgendaRows.appointments(c, " WHERE a.calendar_id = ? AND a.held = 1"
                + " AND a.ends_at > ? ORDER BY a.starts_at, a.booked_at", edited.id(), now);
        return CalendarCheck.stranded(edited, held, zone, now);
    }

    private void refusePastAbsences(AgendaCalendar stored, AgendaCalendar edited) {
        List<Absence> past = CalendarCheck.pastAbsencesAdded(stored, edited, LocalDateTime.now(clock.withZone(zone)));
        if (!past.isEmpty()) {
            Absence first = past.getFirst();
            throw new SportelloException(Problem.ABSENCE_IN_THE_PAST, WHEN.format(first.from()), WHEN.format(first.to()));
        }
    }

    /** The stranded appointments as a refusal lists them: when and whose, the first ten. */
    private String listed(List<Appointment> stranded) {
        StringBuilder out = new StringBuilder();
        for (Appointment a : stranded.subList(0, Math.min(10, stranded.size()))) {
            if (!out.isEmpty()) {
                out.append("; ");
            }
            out.append(WHEN.format(LocalDateTime.ofInstant(a.startsAt(), zone))).append(' ').append(a.taxCode());
        }
        if (stranded.size() > 10) {
            out.append("; …");
        }
        return out.toString();
    }

    @Override
    public BookingRule rule(OperatorSession session) {
        session.require(Role.OPERATOR, "see the booking rule");
        return work(AgendaRows::rule);
    }

    @Override
    public BookingRule saveRule(OperatorSession session, BookingRule rule) {
        session.require(Role.SUPERVISOR, "change the booking rule");
        Objects.requireNonNull(rule, "rule");
        return work(c -> {
            // An office set up after the migration has no row yet: the shipped rule applied until now.
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO agenda_rule (office_id, with_case_manager,"
                    + " afternoon_from, notice_minutes, horizon_days, first_free_otherwise) KEY (office_id)"
                    + " VALUES ((SELECT id FROM office), ?, ?, ?, ?, ?)")) {
                ps.setBoolean(1, rule.withCaseManager());
                ps.setObject(2, rule.afternoonFrom());
                ps.setInt(3, (int) rule.minimumNotice().toMinutes());
                ps.setInt(4, rule.horizonDays());
                ps.setBoolean(5, rule.firstFreeOtherwise());
                ps.executeUpdate();
            }
            return AgendaRows.rule(c);
        });
    }

    // ---------------------------------------------------------------------------------------- booking

    @Override
    public BookingRule.Proposal propose(OperatorSession session, CodiceFiscale citizen, String with,
                                        AppointmentKind kind, int count) {
        session.require(Role.OPERATOR, "propose an appointment");
        Objects.requireNonNull(kind, "kind");
        return work(c -> {
            Dossier d = dossier(c, citizen);
            BookingRule rule = AgendaRows.rule(c);
            AgendaCalendar k = calendarOf(c, whom(c, session, d, with, rule));
            return rule.propose(free(c, k, kind, rule, null), ZonedDateTime.now(clock.withZone(zone)),
                    Math.max(1, Math.min(count, 20)));
        });
    }

    @Override
    public Appointment book(OperatorSession session, CodiceFiscale citizen, String with, AppointmentKind kind,
                            LocalDateTime at, String bring) {
        session.require(Role.OPERATOR, "book an appointment");
        return book(session, citizen, with, kind, at, bring, null);
    }

    /** @param replacing a moved appointment (ADR 36) the booking takes the place of, in the same transaction */
    private Appointment book(OperatorSession session, CodiceFiscale citizen, String with, AppointmentKind kind,
                             LocalDateTime at, String bring, UUID replacing) {
        Objects.requireNonNull(kind, "kind");
        String things = text(bring, BRING_LENGTH, "what to bring");
        // The calendar is made (if need be) in a transaction of its own, so the booking's lock finds its row.
        String owner = work(c -> whom(c, session, dossier(c, citizen), with, AgendaRows.rule(c)));
        AgendaCalendar calendar = calendarOf(owner);
        return work(c -> {
            Dossier d = dossier(c, citizen);
            if (!d.state().editable()) {
                throw new SportelloException(Problem.DOSSIER_OF_ANOTHER_OFFICE, d.taxCode(), d.ownerCode());
            }
            lockCalendar(c, calendar.id());
            AgendaCalendar k = AgendaRows.calendarById(c, calendar.id()).orElseThrow();
            BookingRule rule = AgendaRows.rule(c);
            Slot slot = at == null ? firstByRule(c, k, kind, rule) : chosen(c, k, kind, at, null);
            UUID id = insert(c, session, k, d, kind, slot, things);
            if (replacing != null) {
                replaced(c, session, replacing, id);
            }
            dossierChanged(c, d.personId());
            return AgendaRows.appointment(c, id, false).orElseThrow();
        });
    }

    @Override
    public List<MovedAppointment> toRebook(OperatorSession session) {
        session.require(Role.SUPERVISOR, "see the appointments to rebook");
        return work(MovedAppointmentRows::waiting);
    }

    @Override
    public Appointment rebookMoved(OperatorSession session, UUID moved, String with, LocalDateTime at) {
        session.require(Role.OPERATOR, "rebook an appointment");
        MovedAppointment m = work(c -> MovedAppointmentRows.byId(c, moved, false)).stream().findFirst()
                .orElseThrow(() -> new SportelloException(Problem.UNKNOWN_APPOINTMENT, moved));
        if (!m.waiting()) {
            throw new SportelloException(Problem.APPOINTMENT_CLOSED, m.id(), m.statusHere().name());
        }
        return book(session, code(m.taxCode()), with, m.kind(), at, m.bring(), m.id());
    }

    @Override
    public MovedAppointment dismissMoved(OperatorSession session, UUID moved, String reason) {
        session.require(Role.SUPERVISOR, "dismiss an appointment to rebook");
        Objects.requireNonNull(moved, "moved");
        String why = text(reason, REASON_LENGTH, "reason");
        if (why.isEmpty()) {
            throw new SportelloException(Problem.REASON_REQUIRED);
        }
        return work(c -> {
            MovedAppointment m = MovedAppointmentRows.byId(c, moved, true).stream().findFirst()
                    .orElseThrow(() -> new SportelloException(Problem.UNKNOWN_APPOINTMENT, moved));
            if (!m.waiting()) {
                throw new SportelloException(Problem.APPOINTMENT_CLOSED, m.id(), m.statusHere().name());
            }
            UUID person;
            try (PreparedStatement ps = c.prepareStatement("UPDATE moved_appointment SET dismissed_at = ?,"
                    + " dismissed_by = ?, dismiss_reason = ? WHERE id = ?")) {
                ps.setObject(1, AgendaRows.utc(clock.instant()));
                ps.setString(2, session.login());
                ps.setString(3, why);
                ps.setObject(4, moved);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT person_id FROM moved_appointment WHERE id = ?")) {
                ps.setObject(1, moved);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    person = rs.getObject(1, UUID.class);
                }
            }
            // The case shows it: the dossier's version moves, as for a rebooking.
            dossierChanged(c, person);
            return MovedAppointmentRows.byId(c, moved, false).getFirst();
        });
    }

    /** The moved appointment names its successor; refused if someone rebooked it meanwhile (the booking rolls back). */
    private void replaced(Connection c, OperatorSession session, UUID moved, UUID by) throws SQLException {
        MovedAppointment m = MovedAppointmentRows.byId(c, moved, true).getFirst();
        if (!m.waiting()) {
            throw new SportelloException(Problem.APPOINTMENT_CLOSED, m.id(), m.statusHere().name());
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE moved_appointment SET rebooked_to = ?, rebooked_at = ?,"
                + " rebooked_by = ? WHERE id = ?")) {
            ps.setObject(1, by);
            ps.setObject(2, AgendaRows.utc(clock.instant()));
            ps.setString(3, session.login());
            ps.setObject(4, moved);
            ps.executeUpdate();
        }
    }

    @Override
    public Appointment rebook(OperatorSession session, UUID appointment, LocalDateTime at, String reason) {
        session.require(Role.OPERATOR, "rebook an appointment");
        Objects.requireNonNull(at, "at");
        String why = text(reason, REASON_LENGTH, "reason");
        Appointment before = find(session, appointment);
        return work(c -> {
            lockCalendar(c, before.calendarId());
            Appointment old = open(c, appointment);
            AgendaCalendar k = AgendaRows.calendarById(c, old.calendarId()).orElseThrow();
            Slot slot = chosen(c, k, old.kind(), at, old.id());
            close(c, session, old, AppointmentStatus.REBOOKED, why);
            Dossier d = dossier(c, code(old.taxCode()));
            UUID id = insert(c, session, k, d, old.kind(), slot, old.bring());
            try (PreparedStatement ps = c.prepareStatement("UPDATE appointment SET rebooked_to = ? WHERE id = ?")) {
                ps.setObject(1, id);
                ps.setObject(2, old.id());
                ps.executeUpdate();
            }
            dossierChanged(c, d.personId());
            return AgendaRows.appointment(c, id, false).orElseThrow();
        });
    }

    @Override
    public Appointment cancel(OperatorSession session, UUID appointment, String reason) {
        session.require(Role.OPERATOR, "cancel an appointment");
        String why = text(reason, REASON_LENGTH, "reason");
        return work(c -> {
            Appointment old = open(c, appointment);
            close(c, session, old, AppointmentStatus.CANCELLED, why);
            dossierChanged(c, personOf(c, old.id()));
            return AgendaRows.appointment(c, old.id(), false).orElseThrow();
        });
    }

    @Override
    public Appointment find(OperatorSession session, UUID appointment) {
        session.require(Role.OPERATOR, "see an appointment");
        return work(c -> AgendaRows.appointment(c, appointment, false)).orElseThrow(() ->
                new SportelloException(Problem.UNKNOWN_APPOINTMENT, appointment));
    }

    @Override
    public List<Appointment> list(OperatorSession session, String with, LocalDate first, LocalDate last) {
        session.require(Role.OPERATOR, "see the agenda");
        String who = with == null || with.isBlank() ? session.login() : with.strip();
        if (!who.equals(session.login())) {
            session.require(Role.SUPERVISOR, "see another person's agenda");
        }
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
        return work(c -> who.equals(EVERYONE)
                ? AgendaRows.appointments(c, " WHERE a.starts_at >= ? AND a.starts_at < ? ORDER BY a.starts_at, k.owner",
                from, to)
                : AgendaRows.appointments(c, " WHERE k.owner = ? AND a.starts_at >= ? AND a.starts_at < ?"
                + " ORDER BY a.starts_at, a.booked_at", who, from, to));
    }

    @Override
    public IssuedPaper letter(OperatorSession session, UUID appointment, Locale locale) {
        session.require(Role.OPERATOR, "print an appointment letter");
        Appointment a = find(session, appointment);
        if (a.status() != AppointmentStatus.BOOKED) {
            throw new SportelloException(Problem.APPOINTMENT_CLOSED, a.id(), a.status().name());
        }
        AgendaCalendar k = work(c -> AgendaRows.calendarById(c, a.calendarId())).orElseThrow();
        AgendaTexts t = AgendaTexts.in(locale);
        String place = k.isWorkshop() ? t.text("letter.room", info.name(), info.address(), k.workshop().room())
                : t.text("letter.place", info.name(), info.address());
        List<String> bring = Arrays.stream(a.bring().split("[;\\n]")).map(String::strip).filter(w -> !w.isEmpty())
                .toList();
        DocumentDetails details = new DocumentDetails(null, null, 0, bring,
                LocalDateTime.ofInstant(a.startsAt(), zone), place, a.withName(), t.kind(a.kind()));
        IssuedPaper paper = documents.issue(session, DocumentKind.APPOINTMENT_LETTER,
                new Subject.Person(code(a.taxCode())), details, locale);
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE appointment SET letter = ?, version = version + 1"
                    + " WHERE id = ?")) {
                ps.setString(1, paper.entry().number().format());
                ps.setObject(2, a.id());
                ps.executeUpdate();
            }
            return null;
        });
        return paper;
    }

    @Override
    public List<Appointment> ofCitizen(OperatorSession session, CodiceFiscale citizen) {
        session.require(Role.OPERATOR, "see a citizen's appointments");
        return work(c -> AgendaRows.appointments(c, " WHERE a.tax_code = ? ORDER BY a.starts_at DESC, a.booked_at DESC",
                citizen.canonical()));
    }

    // ---------------------------------------------------------------------------------------- rules applied

    /** Who the appointment is with: named, else the case manager when the rule says so, else the caller. */
    private static String whom(Connection c, OperatorSession session, Dossier d, String with, BookingRule rule)
            throws SQLException {
        if (with != null && !with.isBlank()) {
            return with.strip();
        }
        if (!rule.withCaseManager()) {
            return session.login();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT case_manager_login FROM person_case WHERE person_id = ?")) {
            ps.setObject(1, d.personId());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getString(1);
                }
            }
        }
        throw new SportelloException(Problem.NO_CASE_MANAGER, d.givenNames() + " " + d.familyName());
    }

    private List<Slot> free(Connection c, AgendaCalendar k, AppointmentKind kind, BookingRule rule, UUID except)
            throws SQLException {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate last = today.plusDays(rule.horizonDays());
        List<Held> held = AgendaRows.held(c, k.id(), today.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant(), except);
        return SlotGenerator.free(k, kind, today, last, zone, held);
    }

    private Slot firstByRule(Connection c, AgendaCalendar k, AppointmentKind kind, BookingRule rule)
            throws SQLException {
        BookingRule.Proposal p = rule.propose(free(c, k, kind, rule, null), ZonedDateTime.now(clock.withZone(zone)), 1);
        if (p.isEmpty()) {
            throw new SportelloException(Problem.NO_FREE_SLOT, k.name(), rule.horizonDays());
        }
        return p.slots().getFirst();
    }

    /** The slot starting at {@code at}: one the calendar offers, in the future, and still free. */
    private Slot chosen(Connection c, AgendaCalendar k, AppointmentKind kind, LocalDateTime at, UUID except)
            throws SQLException {
        LocalDate day = at.toLocalDate();
        Slot offered = SlotGenerator.slots(k, kind, day, day, zone).stream()
                .filter(s -> s.start().equals(at)).findFirst()
                .filter(s -> s.startsAt().isAfter(clock.instant()))
                .orElseThrow(() -> new SportelloException(Problem.SLOT_NOT_OFFERED, k.name(), WHEN.format(at)));
        List<Held> held = AgendaRows.held(c, k.id(), offered.startsAt(), offered.endsAt(), except);
        return SlotGenerator.free(k, kind, day, day, zone, held).stream()
                .filter(s -> s.start().equals(at)).findFirst()
                .orElseThrow(() -> new SportelloException(Problem.SLOT_TAKEN, k.name(), WHEN.format(at)));
    }

    private UUID insert(Connection c, OperatorSession session, AgendaCalendar k, Dossier d, AppointmentKind kind,
                        Slot slot, String bring) throws SQLException {
        UUID id = UuidV7.next(clock);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO appointment (id, office_id, calendar_id, person_id,"
                + " tax_code, kind, starts_at, ends_at, seat, held, status, bring, booked_at, booked_by, version)"
                + " VALUES (?, (SELECT id FROM office), ?, ?, ?, ?, ?, ?, ?, 1, 'BOOKED', ?, ?, ?, 1)")) {
            ps.setObject(1, id);
            ps.setObject(2, k.id());
            ps.setObject(3, d.personId());
            ps.setString(4, d.taxCode());
            ps.setString(5, kind.name());
            ps.setObject(6, AgendaRows.utc(slot.startsAt()));
            ps.setObject(7, AgendaRows.utc(slot.endsAt()));
            ps.setInt(8, AgendaRows.freeSeat(c, k.id(), slot.startsAt()));
            ps.setString(9, bring);
            ps.setObject(10, AgendaRows.utc(clock.instant()));
            ps.setString(11, session.login());
            ps.executeUpdate();
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new SportelloException(Problem.SLOT_TAKEN, k.name(), WHEN.format(slot.start()));
            }
            throw e;
        }
        return id;
    }

    private static Appointment open(Connection c, UUID id) throws SQLException {
        Appointment a = AgendaRows.appointment(c, id, true).orElseThrow(() ->
                new SportelloException(Problem.UNKNOWN_APPOINTMENT, id));
        if (a.status() != AppointmentStatus.BOOKED) {
            throw new SportelloException(Problem.APPOINTMENT_CLOSED, id, a.status().name());
        }
        return a;
    }

    private void close(Connection c, OperatorSession session, Appointment a, AppointmentStatus status, String reason)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE appointment SET status = ?, held = NULL, changed_at = ?,"
                + " changed_by = ?, change_reason = ?, version = version + 1 WHERE id = ?")) {
            ps.setString(1, status.name());
            ps.setObject(2, AgendaRows.utc(clock.instant()));
            ps.setString(3, session.login());
            ps.setString(4, reason.isEmpty() ? null : reason);
            ps.setObject(5, a.id());
            ps.executeUpdate();
        }
    }

    // ---------------------------------------------------------------------------------------- rows

    private AgendaCalendar calendarOf(String owner) {
        try {
            return work(c -> calendarOf(c, owner));
        } catch (SportelloException e) {
            if (e.problem() != Problem.CALENDAR_CHANGED) {
                throw e;
            }
            // Two desks made the same new calendar at once: the other's is committed now.
            return work(c -> calendarOf(c, owner));
        }
    }

    /** The calendar of {@code owner}; an active operator without one gets the office's usual hours. */
    private AgendaCalendar calendarOf(Connection c, String owner) throws SQLException {
        var found = AgendaRows.calendarByOwner(c, owner);
        if (found.isPresent()) {
            return found.get();
        }
        String name;
        try (PreparedStatement ps = c.prepareStatement("SELECT display_name FROM operator WHERE login = ? AND active")) {
            ps.setString(1, owner);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SportelloException(Problem.UNKNOWN_CALENDAR, owner);
                }
                name = rs.getString(1);
            }
        }
        AgendaCalendar made = AgendaCalendar.ofPerson(UuidV7.next(clock), owner, name);
        try {
            AgendaRows.writeCalendar(c, made, true, 1);
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                // Made by another call a moment ago: theirs is the one.
                throw new SportelloException(Problem.CALENDAR_CHANGED, name);
            }
            throw e;
        }
        return made;
    }

    private static void lockCalendar(Connection c, UUID calendar) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM agenda_calendar WHERE id = ? FOR UPDATE")) {
            ps.setObject(1, calendar);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SportelloException(Problem.UNKNOWN_CALENDAR, calendar);
                }
            }
        }
    }

    private CodiceFiscale code(String taxCode) {
        return CodiceFiscale.of(taxCode, LocalDate.now(clock.withZone(zone)));
    }

    private static Dossier dossier(Connection c, CodiceFiscale code) throws SQLException {
        return OfficeDossiers.read(c, code.canonical()).orElseThrow(() ->
                new SportelloException(Problem.PERSON_UNKNOWN, code.canonical()));
    }

    private static UUID personOf(Connection c, UUID appointment) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT person_id FROM appointment WHERE id = ?")) {
            ps.setObject(1, appointment);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        }
    }

    /** As a case's changes: the person's version moves and the sync hears of it (ADR 18, 29). */
    void dossierChanged(Connection c, UUID person) throws SQLException {
        var now = AgendaRows.utc(clock.instant());
        try (PreparedStatement ps = c.prepareStatement("UPDATE person SET updated_at = ?, version = version + 1"
                + " WHERE id = ?")) {
            ps.setObject(1, now);
            ps.setObject(2, person);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO office_event (event_id, office_id, occurred_at,"
                + " type, detail) VALUES (?, (SELECT id FROM office), ?, 'DOSSIER_CHANGED', ?)")) {
            ps.setObject(1, UuidV7.next(clock));
            ps.setObject(2, now);
            ps.setString(3, person.toString());
            ps.executeUpdate();
        }
    }

    private static String text(String value, int max, String what) {
        String t = value == null ? "" : value.strip();
        if (t.length() > max) {
            throw new SportelloException(Problem.INVALID_REQUEST, what + " longer than " + max + " characters");
        }
        return t;
    }

    <T> T work(Work<T> work) {
        return JdbcTransaction.run(office, work);
    }
}

package org.sportello.server.agenda;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.codicefiscale.CodiceFiscaleCheck;
import org.sportello.model.agenda.Appointment;
import org.sportello.model.agenda.AppointmentStatus;
import org.sportello.model.agenda.CheckInAnswer;
import org.sportello.model.agenda.CheckInRule;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.queue.Appointed;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.seal.SealVerifier;
import org.sportello.model.seal.Verdict;

/**
 * Check-in at the kiosk (issue 13, ADR 34): by the appointment letter's seal or by the health card, finds today's
 * appointment, has the queue issue an APPOINTMENT ticket for the operator it is booked with, and marks the
 * appointment checked in. A citizen too early, too late, on the wrong day or with no appointment is told why and,
 * where the office allows it, gets a walk-in ticket instead. A code that is not a genuine letter of this office
 * never gets a ticket.
 */
public final class KioskCheckIn {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Issues appointment and walk-in tickets: the office queue. */
    public interface Tickets {
        IssuedTicket checkIn(IssueRequest request, Appointed appointed);

        IssuedTicket issue(IssueRequest request);
    }

    private final OfficeAgenda agenda;
    private final SealVerifier seals;
    private final Tickets tickets;
    private final ZoneId zone;
    private final Clock clock;

    public KioskCheckIn(OfficeAgenda agenda, SealVerifier seals, Tickets tickets, Clock clock) {
        this.agenda = agenda;
        this.seals = seals;
        this.tickets = tickets;
        this.zone = agenda.zone();
        this.clock = clock;
    }

    /** By the QR of the appointment letter: its seal must be genuine and name an appointment of this office. */
    public CheckInAnswer byLetter(String payload, String language, String idempotencyKey) {
        return byLetter(payload, language, idempotencyKey, false);
    }

    /**
     * @param offerWalkIn the kiosk asks the citizen first: a citizen turned away is offered a walk-in ticket
     *                    ({@link CheckInAnswer#walkInOffered()}) rather than given one
     */
    public CheckInAnswer byLetter(String payload, String language, String idempotencyKey, boolean offerWalkIn) {
        Verdict verdict = seals.verify(payload == null ? "" : payload.strip());
        switch (verdict.outcome()) {
            case GENUINE -> { }
            case ALTERED -> throw new SportelloException(Problem.CHECKIN_CODE_ALTERED);
            default -> throw new SportelloException(Problem.CHECKIN_CODE_UNKNOWN);
        }
        String letter = verdict.number().orElseThrow().format();
        Appointment a = agenda.work(c -> AgendaRows.appointments(c, " WHERE a.letter = ? ORDER BY a.booked_at DESC",
                letter)).stream().findFirst().orElseThrow(() -> new SportelloException(Problem.CHECKIN_CODE_UNKNOWN));
        if (!a.status().holdsPlace() && a.status() != AppointmentStatus.NO_SHOW) {
            throw new SportelloException(Problem.CHECKIN_APPOINTMENT_CANCELLED);
        }
        return checkIn(a, language, idempotencyKey, offerWalkIn);
    }

    /** By the codice fiscale read from the health card: today's appointment of that citizen. */
    public CheckInAnswer byCard(String taxCode, String language, String idempotencyKey) {
        return byCard(taxCode, language, idempotencyKey, false);
    }

    /** As {@link #byCard(String, String, String)}; {@code offerWalkIn} as for {@link #byLetter}. */
    public CheckInAnswer byCard(String taxCode, String language, String idempotencyKey, boolean offerWalkIn) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        String given = taxCode == null ? "" : taxCode.strip();
        if (CodiceFiscale.check(given, today) instanceof CodiceFiscaleCheck.Invalid bad) {
            throw new SportelloException(Problem.INVALID_TAX_CODE, given, bad.detail());
        }
        String cf = CodiceFiscale.of(given, today).canonical();
        List<Appointment> open = agenda.work(c -> AgendaRows.appointments(c,
                " WHERE a.tax_code = ? AND a.status IN ('BOOKED', 'CHECKED_IN', 'NO_SHOW') AND a.starts_at >= ?"
                        + " ORDER BY a.starts_at", cf, AgendaRows.utc(today.atStartOfDay(zone).toInstant())));
        CheckInRule rule = rule();
        List<Appointment> ofToday = open.stream()
                .filter(a -> a.startsAt().atZone(zone).toLocalDate().equals(today)).toList();
        if (ofToday.isEmpty()) {
            Optional<Appointment> next = open.stream().filter(a -> a.status() == AppointmentStatus.BOOKED).findFirst();
            if (next.isPresent()) {
                return turnAway(rule, Problem.CHECKIN_OTHER_DAY, language, idempotencyKey, offerWalkIn, cf,
                        DAY.format(next.get().startsAt().atZone(zone)), TIME.format(next.get().startsAt().atZone(zone)));
            }
            return turnAway(rule, Problem.CHECKIN_NO_APPOINTMENT, language, idempotencyKey, offerWalkIn, cf);
        }
        // The one the citizen can check in for now, else the next one today, else the last one (too late).
        Appointment chosen = ofToday.stream()
                .filter(a -> rule.timing(a.startsAt(), now, zone) == CheckInRule.Timing.ON_TIME).findFirst()
                .or(() -> ofToday.stream().filter(a -> a.startsAt().isAfter(now)).findFirst())
                .orElse(ofToday.stream().max(Comparator.comparing(Appointment::startsAt)).orElseThrow());
        return checkIn(chosen, language, idempotencyKey, offerWalkIn);
    }

    private CheckInAnswer checkIn(Appointment a, String language, String idempotencyKey, boolean offerWalkIn) {
        CheckInRule rule = rule();
        Instant now = clock.instant();
        var start = a.startsAt().atZone(zone);
        switch (a.status() == AppointmentStatus.NO_SHOW ? CheckInRule.Timing.TOO_LATE
                : rule.timing(a.startsAt(), now, zone)) {
            case OTHER_DAY -> {
                return turnAway(rule, Problem.CHECKIN_OTHER_DAY, language, idempotencyKey, offerWalkIn, a.taxCode(),
                        DAY.format(start), TIME.format(start));
            }
            case TOO_EARLY -> {
                return turnAway(rule, Problem.CHECKIN_TOO_EARLY, language, idempotencyKey, offerWalkIn, a.taxCode(),
                        TIME.format(start), TIME.format(rule.callFrom(a.startsAt()).atZone(zone)));
            }
            case TOO_LATE -> {
                return turnAway(rule, Problem.CHECKIN_TOO_LATE, language, idempotencyKey, offerWalkIn, a.taxCode(),
                        TIME.format(start));
            }
            case ON_TIME -> { }
        }
        // One ticket per appointment: a second scan, or a retry after a lost answer, returns the same ticket.
        IssueRequest request = new IssueRequest(rule.service(), PriorityClass.STANDARD, language,
                "appointment " + a.id(), a.taxCode());
        Optional<UUID> operator = agenda.work(c -> operatorId(c, a.withLogin()));
        IssuedTicket issued = operator.isPresent()
                ? tickets.checkIn(request, new Appointed(operator.get(), rule.callFrom(a.startsAt())))
                // A workshop is nobody's counter: its participants wait in the service's line.
                : tickets.issue(request);
        int counter = agenda.work(c -> {
            if (a.status() == AppointmentStatus.BOOKED) {
                markCheckedIn(c, a, issued.ticket().code(), now);
            }
            return operator.isPresent() ? counterOf(c, operator.get()) : 0;
        });
        return new CheckInAnswer(issued, true, a.withName(), counter, a.startsAt(), null, List.of());
    }

    private CheckInAnswer turnAway(CheckInRule rule, Problem why, String language, String idempotencyKey,
                                   boolean offerWalkIn, String taxCode, String... args) {
        if (!rule.walkInFallback()) {
            throw new SportelloException(why, (Object[]) args);
        }
        if (offerWalkIn) {
            // A citizen early by a few minutes may rather wait: no ticket joins the line until they take it.
            return CheckInAnswer.walkInOffered(why, List.of(args));
        }
        IssuedTicket walkIn = tickets.issue(new IssueRequest(rule.service(), PriorityClass.STANDARD, language,
                idempotencyKey, taxCode));
        return new CheckInAnswer(walkIn, false, null, 0, null, why, List.of(args));
    }

    private void markCheckedIn(Connection c, Appointment a, String ticket, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE appointment SET status = 'CHECKED_IN', ticket_code = ?,"
                + " checked_in_at = ?, version = version + 1 WHERE id = ? AND status = 'BOOKED'")) {
            ps.setString(1, ticket);
            ps.setObject(2, AgendaRows.utc(now));
            ps.setObject(3, a.id());
            if (ps.executeUpdate() == 1) {
                try (PreparedStatement p = c.prepareStatement("SELECT person_id FROM appointment WHERE id = ?")) {
                    p.setObject(1, a.id());
                    try (ResultSet rs = p.executeQuery()) {
                        rs.next();
                        agenda.dossierChanged(c, rs.getObject(1, UUID.class));
                    }
                }
            }
        }
    }

    private static Optional<UUID> operatorId(Connection c, String login) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM operator WHERE login = ?")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    private static int counterOf(Connection c, UUID operator) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(number) FROM counter WHERE operator_id = ?"
                + " AND state <> 'CLOSED'")) {
            ps.setObject(1, operator);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Supervisors change the check-in rule; the service must exist. */
    public CheckInRule saveRule(org.sportello.model.auth.OperatorSession session, CheckInRule rule) {
        session.require(org.sportello.model.auth.Role.SUPERVISOR, "change the check-in rule");
        // An office set up after the migration has no rule row yet: writing the booking rule makes it.
        agenda.saveRule(session, agenda.rule(session));
        return agenda.work(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE agenda_rule SET early_minutes = ?, late_minutes = ?,"
                    + " walk_in_fallback = ?, checkin_service = ?, version = version + 1")) {
                ps.setInt(1, (int) rule.early().toMinutes());
                ps.setInt(2, (int) rule.late().toMinutes());
                ps.setBoolean(3, rule.walkInFallback());
                ps.setString(4, rule.service());
                ps.executeUpdate();
            }
            return rule(c);
        });
    }

    /** The office's check-in rule (V13_2). */
    public CheckInRule rule() {
        return agenda.work(KioskCheckIn::rule);
    }

    static CheckInRule rule(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT early_minutes, late_minutes, walk_in_fallback,"
                + " checkin_service FROM agenda_rule");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return CheckInRule.SHIPPED;
            }
            return new CheckInRule(Duration.ofMinutes(rs.getInt(1)), Duration.ofMinutes(rs.getInt(2)),
                    rs.getBoolean(3), rs.getString(4));
        }
    }
}

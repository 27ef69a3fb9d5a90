package org.sportello.protocol.wire;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sportello.model.agenda.Absence;
import org.sportello.model.agenda.AgendaCalendar;
import org.sportello.model.agenda.Appointment;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.agenda.AppointmentStatus;
import org.sportello.model.agenda.BookingRule;
import org.sportello.model.agenda.MovedAppointment;
import org.sportello.model.agenda.NewCalendar;
import org.sportello.model.agenda.Slot;
import org.sportello.model.agenda.WorkingHours;
import org.sportello.model.agenda.Workshop;
import org.sportello.protocol.v1.AgendaAbsenceMsg;
import org.sportello.protocol.v1.AgendaCalendarMsg;
import org.sportello.protocol.v1.AgendaRuleMsg;
import org.sportello.protocol.v1.AgendaSlotLengthMsg;
import org.sportello.protocol.v1.AppointmentMsg;
import org.sportello.protocol.v1.AppointmentProposalMsg;
import org.sportello.protocol.v1.AppointmentSlotMsg;
import org.sportello.protocol.v1.MovedAppointmentMsg;

/**
 * The agenda's values on the wire (agenda.proto) and back. Reading a message trusts nothing: a malformed value
 * throws {@link IllegalArgumentException} (or a {@link java.time.format.DateTimeParseException}), which the server
 * answers as an invalid request.
 */
public final class AgendaWire {
    private AgendaWire() {
    }

    public static AgendaCalendarMsg toMsg(AgendaCalendar k) {
        var b = AgendaCalendarMsg.newBuilder().setId(k.id().toString()).setOwner(k.owner()).setName(k.name())
                .setHours(k.hours().format()).setVersion(k.version());
        k.slotLengths().forEach((kind, length) -> b.addSlotLengths(AgendaSlotLengthMsg.newBuilder()
                .setKind(kind.name()).setMinutes((int) length.toMinutes())));
        k.absences().forEach(a -> b.addAbsences(AgendaAbsenceMsg.newBuilder().setFrom(a.from().toString())
                .setTo(a.to().toString()).setReason(a.reason())));
        if (k.workshop() != null) {
            b.setWorkshopRoom(k.workshop().room()).setWorkshopSeats(k.workshop().seats());
        }
        return b.build();
    }

    public static AgendaCalendar calendarFromMsg(AgendaCalendarMsg m) {
        Map<AppointmentKind, Duration> lengths = new EnumMap<>(AppointmentKind.class);
        for (AgendaSlotLengthMsg l : m.getSlotLengthsList()) {
            lengths.put(AppointmentKind.valueOf(l.getKind()), Duration.ofMinutes(l.getMinutes()));
        }
        List<Absence> absences = m.getAbsencesList().stream().map(a -> new Absence(LocalDateTime.parse(a.getFrom()),
                LocalDateTime.parse(a.getTo()), a.getReason())).toList();
        Workshop workshop = m.getWorkshopRoom().isEmpty() ? null : new Workshop(m.getWorkshopRoom(), m.getWorkshopSeats());
        return new AgendaCalendar(UUID.fromString(m.getId()), m.getOwner(), m.getName(), WorkingHours.parse(m.getHours()),
                lengths, absences, workshop, m.getVersion());
    }

    public static org.sportello.protocol.v1.AgendaCreateCalendarRequest.Builder toMsg(NewCalendar n) {
        var b = org.sportello.protocol.v1.AgendaCreateCalendarRequest.newBuilder().setWorkshop(n.workshop())
                .setOwner(n.owner()).setName(n.name()).setHours(n.hours()).setRoom(n.room()).setSeats(n.seats());
        n.slotMinutes().forEach((kind, minutes) -> b.addSlotLengths(AgendaSlotLengthMsg.newBuilder()
                .setKind(kind.name()).setMinutes(minutes)));
        return b;
    }

    /** The request as typed; an unknown kind throws, every other check is the office's. */
    public static NewCalendar newCalendarFromMsg(org.sportello.protocol.v1.AgendaCreateCalendarRequest m) {
        Map<AppointmentKind, Integer> lengths = new EnumMap<>(AppointmentKind.class);
        for (AgendaSlotLengthMsg l : m.getSlotLengthsList()) {
            lengths.put(AppointmentKind.valueOf(l.getKind()), l.getMinutes());
        }
        return new NewCalendar(m.getWorkshop(), m.getOwner(), m.getName(), m.getHours(), m.getRoom(), m.getSeats(),
                lengths);
    }

    public static AgendaRuleMsg toMsg(BookingRule r) {
        return AgendaRuleMsg.newBuilder().setWithCaseManager(r.withCaseManager())
                .setAfternoonFrom(r.afternoonFrom().toString()).setNoticeMinutes((int) r.minimumNotice().toMinutes())
                .setHorizonDays(r.horizonDays()).setFirstFreeOtherwise(r.firstFreeOtherwise()).build();
    }

    public static BookingRule ruleFromMsg(AgendaRuleMsg m) {
        return new BookingRule(m.getWithCaseManager(), LocalTime.parse(m.getAfternoonFrom()),
                Duration.ofMinutes(m.getNoticeMinutes()), m.getHorizonDays(), m.getFirstFreeOtherwise());
    }

    public static AppointmentProposalMsg toMsg(BookingRule.Proposal p) {
        var b = AppointmentProposalMsg.newBuilder().setStep(p.step().name());
        for (Slot s : p.slots()) {
            b.addSlots(AppointmentSlotMsg.newBuilder().setCalendarId(s.calendarId().toString()).setKind(s.kind().name())
                    .setStart(s.start().toString()).setEnd(s.end().toString())
                    .setStartsAtMs(s.startsAt().toEpochMilli()).setEndsAtMs(s.endsAt().toEpochMilli())
                    .setSeatsLeft(s.seatsLeft()));
        }
        return b.build();
    }

    public static BookingRule.Proposal proposalFromMsg(AppointmentProposalMsg m) {
        return new BookingRule.Proposal(BookingRule.Step.valueOf(m.getStep()), m.getSlotsList().stream()
                .map(s -> new Slot(UUID.fromString(s.getCalendarId()), AppointmentKind.valueOf(s.getKind()),
                        LocalDateTime.parse(s.getStart()), LocalDateTime.parse(s.getEnd()),
                        Instant.ofEpochMilli(s.getStartsAtMs()), Instant.ofEpochMilli(s.getEndsAtMs()),
                        s.getSeatsLeft()))
                .toList());
    }

    public static AppointmentMsg toMsg(Appointment a) {
        return AppointmentMsg.newBuilder().setId(a.id().toString()).setCalendarId(a.calendarId().toString())
                .setWithLogin(nz(a.withLogin())).setWithName(nz(a.withName())).setTaxCode(a.taxCode())
                .setKind(a.kind().name()).setStartsAtMs(a.startsAt().toEpochMilli())
                .setEndsAtMs(a.endsAt().toEpochMilli()).setStatus(a.status().name()).setBring(a.bring())
                .setRebookedTo(a.rebookedTo() == null ? "" : a.rebookedTo().toString()).setLetter(nz(a.letter()))
                .setTicketCode(nz(a.ticketCode()))
                .setBookedAtMs(a.bookedAt() == null ? 0 : a.bookedAt().toEpochMilli()).setBookedBy(nz(a.bookedBy()))
                .setVersion(a.version()).build();
    }

    public static Appointment appointmentFromMsg(AppointmentMsg m) {
        return new Appointment(UUID.fromString(m.getId()), UUID.fromString(m.getCalendarId()), m.getWithLogin(),
                m.getWithName(), m.getTaxCode(), AppointmentKind.valueOf(m.getKind()),
                Instant.ofEpochMilli(m.getStartsAtMs()), Instant.ofEpochMilli(m.getEndsAtMs()),
                AppointmentStatus.valueOf(m.getStatus()), m.getBring(),
                m.getRebookedTo().isEmpty() ? null : UUID.fromString(m.getRebookedTo()), empty(m.getLetter()),
                empty(m.getTicketCode()), m.getBookedAtMs() == 0 ? null : Instant.ofEpochMilli(m.getBookedAtMs()),
                m.getBookedBy(), m.getVersion());
    }

    public static MovedAppointmentMsg toMsg(MovedAppointment a) {
        var b = MovedAppointmentMsg.newBuilder().setId(a.id().toString()).setBookedAtOffice(a.bookedAtOffice())
                .setTaxCode(a.taxCode()).setWithLogin(a.withLogin()).setWithName(a.withName()).setKind(a.kind().name())
                .setStartsAtMs(a.startsAt().toEpochMilli())
                .setEndsAtMs(a.endsAt() == null ? 0 : a.endsAt().toEpochMilli()).setStatus(a.status().name())
                .setBring(a.bring()).setToRebook(a.toRebook())
                .setRebookedTo(a.rebookedTo() == null ? "" : a.rebookedTo().toString());
        if (a.dismissed() != null) {
            b.setDismissedAtMs(a.dismissed().at().toEpochMilli()).setDismissedBy(a.dismissed().by())
                    .setDismissReason(a.dismissed().reason());
        }
        return b.build();
    }

    public static MovedAppointment movedFromMsg(MovedAppointmentMsg m) {
        return new MovedAppointment(UUID.fromString(m.getId()), m.getBookedAtOffice(), m.getTaxCode(),
                m.getWithLogin(), m.getWithName(), AppointmentKind.valueOf(m.getKind()),
                Instant.ofEpochMilli(m.getStartsAtMs()), m.getEndsAtMs() == 0 ? null : Instant.ofEpochMilli(m.getEndsAtMs()),
                AppointmentStatus.valueOf(m.getStatus()), m.getBring(), m.getToRebook(),
                m.getRebookedTo().isEmpty() ? null : UUID.fromString(m.getRebookedTo()),
                m.getDismissedAtMs() == 0 ? null : new MovedAppointment.Dismissal(
                        Instant.ofEpochMilli(m.getDismissedAtMs()), m.getDismissedBy(), m.getDismissReason()));
    }

    public static String local(LocalDateTime t) {
        return t == null ? "" : t.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String empty(String s) {
        return s.isEmpty() ? null : s;
    }
}

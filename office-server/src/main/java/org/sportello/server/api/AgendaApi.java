package org.sportello.server.api;

import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.agenda.AgendaService;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.auth.OperatorSession;
import org.sportello.protocol.v1.AgendaCalendarList;
import org.sportello.protocol.v1.AgendaCalendarMsg;
import org.sportello.protocol.v1.AgendaCalendarQuery;
import org.sportello.protocol.v1.AgendaGrpc;
import org.sportello.protocol.v1.AgendaRuleMsg;
import org.sportello.protocol.v1.AgendaSaveCalendarRequest;
import org.sportello.protocol.v1.AgendaSaveRuleRequest;
import org.sportello.protocol.v1.AppointmentBookRequest;
import org.sportello.protocol.v1.AppointmentChangeRequest;
import org.sportello.protocol.v1.AppointmentList;
import org.sportello.protocol.v1.AppointmentListRequest;
import org.sportello.protocol.v1.AppointmentMsg;
import org.sportello.protocol.v1.AppointmentProposalMsg;
import org.sportello.protocol.v1.AppointmentQuery;
import org.sportello.protocol.v1.MovedAppointmentList;
import org.sportello.protocol.v1.MovedRebookRequest;
import org.sportello.protocol.v1.SessionRef;
import org.sportello.protocol.wire.AgendaWire;
import org.sportello.server.agenda.OfficeAgenda;
import org.sportello.server.session.OperatorSessions;

/**
 * The Agenda service (agenda.proto, ADR 34). Desk (and admin) stations with an operator's session only; what
 * the operator may do (edit calendars, see another's agenda) is the model's to say. Every field is checked here
 * before the model sees it.
 */
public final class AgendaApi extends AgendaGrpc.AgendaImplBase {
    /** The longest range one list may cover. */
    static final int MAX_LIST_DAYS = 92;

    private final AgendaService agenda;
    private final OperatorSessions sessions;
    private final ZoneId zone;
    private final Clock clock;

    public AgendaApi(AgendaService agenda, OperatorSessions sessions, ZoneId zone, Clock clock) {
        this.agenda = Objects.requireNonNull(agenda, "agenda");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static AgendaApi of(org.sportello.server.storage.OfficeConnection office, OperatorSessions sessions,
                               Clock clock) {
        return new AgendaApi(office.agenda(), sessions, office.directory().office().zone(), clock);
    }

    @Override
    public void calendars(SessionRef request, StreamObserver<AgendaCalendarList> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("see the calendars", request);
            var b = AgendaCalendarList.newBuilder();
            agenda.calendars(operator).forEach(k -> b.addCalendars(AgendaWire.toMsg(k)));
            return b.build();
        });
    }

    @Override
    public void calendar(AgendaCalendarQuery request, StreamObserver<AgendaCalendarMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("see a calendar", request.getSession());
            return AgendaWire.toMsg(agenda.calendar(operator, owner(request.getOwner())));
        });
    }

    @Override
    public void saveCalendar(AgendaSaveCalendarRequest request, StreamObserver<AgendaCalendarMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("edit a calendar", request.getSession());
            return AgendaWire.toMsg(agenda.saveCalendar(operator, edited(request.getCalendar())));
        });
    }

    @Override
    public void createCalendar(org.sportello.protocol.v1.AgendaCreateCalendarRequest request,
                               StreamObserver<AgendaCalendarMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("open a calendar", request.getSession());
            RequestChecks.text(request.getOwner(), "owner", 0, CasesApi.MAX_LOGIN);
            RequestChecks.text(request.getName(), "name", 0, 200);
            RequestChecks.text(request.getHours(), "hours", 0, 600);
            RequestChecks.text(request.getRoom(), "room", 0, 100);
            if (request.getSlotLengthsCount() > AppointmentKind.values().length) {
                throw RequestChecks.invalid("too many slot lengths");
            }
            return AgendaWire.toMsg(agenda.createCalendar(operator, parsed(() -> AgendaWire.newCalendarFromMsg(request))));
        });
    }

    @Override
    public void stranded(AgendaSaveCalendarRequest request, StreamObserver<AppointmentList> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("edit a calendar", request.getSession());
            var b = AppointmentList.newBuilder();
            agenda.stranded(operator, edited(request.getCalendar())).forEach(a -> b.addAppointments(AgendaWire.toMsg(a)));
            return b.build();
        });
    }

    private static org.sportello.model.agenda.AgendaCalendar edited(AgendaCalendarMsg m) {
        RequestChecks.text(m.getOwner(), "owner", 1, CasesApi.MAX_LOGIN);
        RequestChecks.text(m.getName(), "name", 1, 200);
        RequestChecks.text(m.getHours(), "hours", 0, 600);
        RequestChecks.text(m.getWorkshopRoom(), "workshop_room", 0, 100);
        if (m.getAbsencesCount() > 500 || m.getSlotLengthsCount() > AppointmentKind.values().length) {
            throw RequestChecks.invalid("too many absences or slot lengths");
        }
        return parsed(() -> AgendaWire.calendarFromMsg(m));
    }

    @Override
    public void rule(SessionRef request, StreamObserver<AgendaRuleMsg> reply) {
        Calls.answer(reply, () -> AgendaWire.toMsg(agenda.rule(operator("see the booking rule", request))));
    }

    @Override
    public void saveRule(AgendaSaveRuleRequest request, StreamObserver<AgendaRuleMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("change the booking rule", request.getSession());
            return AgendaWire.toMsg(agenda.saveRule(operator, parsed(() -> AgendaWire.ruleFromMsg(request.getRule()))));
        });
    }

    @Override
    public void propose(AppointmentBookRequest request, StreamObserver<AppointmentProposalMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("propose an appointment", request.getSession());
            int count = request.getCount() <= 0 ? 5 : Math.min(request.getCount(), 20);
            return AgendaWire.toMsg(agenda.propose(operator, taxCode(request.getTaxCode()), owner(request.getWith()),
                    kind(request.getKind()), count));
        });
    }

    @Override
    public void book(AppointmentBookRequest request, StreamObserver<AppointmentMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("book an appointment", request.getSession());
            String bring = RequestChecks.text(request.getBring(), "bring", 0, OfficeAgenda.BRING_LENGTH);
            return AgendaWire.toMsg(agenda.book(operator, taxCode(request.getTaxCode()), owner(request.getWith()),
                    kind(request.getKind()), at(request.getAt()), bring));
        });
    }

    @Override
    public void rebook(AppointmentChangeRequest request, StreamObserver<AppointmentMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("rebook an appointment", request.getSession());
            LocalDateTime at = at(request.getAt());
            if (at == null) {
                throw RequestChecks.invalid("at is empty");
            }
            return AgendaWire.toMsg(agenda.rebook(operator, id(request.getId()), at, reason(request.getReason())));
        });
    }

    @Override
    public void cancel(AppointmentChangeRequest request, StreamObserver<AppointmentMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("cancel an appointment", request.getSession());
            return AgendaWire.toMsg(agenda.cancel(operator, id(request.getId()), reason(request.getReason())));
        });
    }

    @Override
    public void find(AppointmentQuery request, StreamObserver<AppointmentMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("see an appointment", request.getSession());
            return AgendaWire.toMsg(agenda.find(operator, id(request.getId())));
        });
    }

    @Override
    public void list(AppointmentListRequest request, StreamObserver<AppointmentList> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("see the agenda", request.getSession());
            LocalDate first = day(request.getFirst(), "first");
            LocalDate last = day(request.getLast(), "last");
            if (last.isBefore(first) || first.plusDays(MAX_LIST_DAYS).isBefore(last)) {
                throw RequestChecks.invalid("last must follow first by 0 to " + MAX_LIST_DAYS + " days");
            }
            var b = AppointmentList.newBuilder();
            agenda.list(operator, owner(request.getWith()), first, last).forEach(a -> b.addAppointments(AgendaWire.toMsg(a)));
            return b.build();
        });
    }

    @Override
    public void ofCitizen(AppointmentQuery request, StreamObserver<AppointmentList> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("see a citizen's appointments", request.getSession());
            var b = AppointmentList.newBuilder();
            agenda.ofCitizen(operator, taxCode(request.getTaxCode())).forEach(a -> b.addAppointments(AgendaWire.toMsg(a)));
            return b.build();
        });
    }

    @Override
    public void letter(AppointmentQuery request, StreamObserver<org.sportello.protocol.v1.IssuedDocumentMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("print an appointment letter", request.getSession());
            java.util.Locale locale = switch (request.getLanguage()) {
                case "", "it" -> java.util.Locale.ITALIAN;
                case "en" -> java.util.Locale.ENGLISH;
                default -> throw RequestChecks.invalid("language must be it or en");
            };
            return org.sportello.protocol.wire.DocumentWire.toMsg(agenda.letter(operator, id(request.getId()), locale));
        });
    }

    @Override
    public void toRebook(SessionRef request, StreamObserver<MovedAppointmentList> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("see the appointments to rebook", request);
            var b = MovedAppointmentList.newBuilder();
            agenda.toRebook(operator).forEach(a -> b.addAppointments(AgendaWire.toMsg(a)));
            return b.build();
        });
    }

    @Override
    public void rebookMoved(MovedRebookRequest request, StreamObserver<AppointmentMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("rebook an appointment", request.getSession());
            return AgendaWire.toMsg(agenda.rebookMoved(operator, id(request.getId()), owner(request.getWith()),
                    at(request.getAt())));
        });
    }

    @Override
    public void dismissMoved(AppointmentChangeRequest request, StreamObserver<org.sportello.protocol.v1.MovedAppointmentMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("dismiss an appointment to rebook", request.getSession());
            return AgendaWire.toMsg(agenda.dismissMoved(operator, id(request.getId()), reason(request.getReason())));
        });
    }

    private OperatorSession operator(String action, SessionRef session) {
        return DeskOperator.require(sessions, action, session.getToken());
    }

    private CodiceFiscale taxCode(String value) {
        return RequestChecks.codiceFiscale(value, LocalDate.ofInstant(clock.instant(), zone));
    }

    private static AppointmentKind kind(String value) {
        return RequestChecks.known(AppointmentKind.class, value, "kind");
    }

    private static String owner(String value) {
        String text = RequestChecks.text(value, "with", 0, CasesApi.MAX_LOGIN);
        return text.isEmpty() ? null : text;
    }

    private static String reason(String value) {
        return RequestChecks.text(value, "reason", 0, OfficeAgenda.REASON_LENGTH);
    }

    private static UUID id(String value) {
        try {
            return UUID.fromString(RequestChecks.text(value, "id", 36, 36));
        } catch (IllegalArgumentException e) {
            throw RequestChecks.invalid("id is not an id");
        }
    }

    private static LocalDateTime at(String value) {
        String text = RequestChecks.text(value, "at", 0, 19);
        if (text.isEmpty()) {
            return null;
        }
        return parsed(() -> LocalDateTime.parse(text));
    }

    private static LocalDate day(String value, String field) {
        String text = RequestChecks.text(value, field, 10, 10);
        return parsed(() -> LocalDate.parse(text));
    }

    /** A value the wire could not carry (a bad time, an unknown kind, a range backwards) is an invalid request. */
    private static <T> T parsed(Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException | DateTimeException e) {
            throw RequestChecks.invalid(e.getMessage());
        }
    }
}

package org.sportello.protocol.client;

import io.grpc.Channel;
import io.grpc.StatusRuntimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.agenda.AgendaCalendar;
import org.sportello.model.agenda.AgendaService;
import org.sportello.model.agenda.Appointment;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.agenda.BookingRule;
import org.sportello.model.agenda.MovedAppointment;
import org.sportello.model.auth.OperatorSession;
import org.sportello.protocol.v1.AgendaCalendarQuery;
import org.sportello.protocol.v1.AgendaGrpc;
import org.sportello.protocol.v1.AgendaSaveCalendarRequest;
import org.sportello.protocol.v1.AgendaSaveRuleRequest;
import org.sportello.protocol.v1.AppointmentBookRequest;
import org.sportello.protocol.v1.AppointmentChangeRequest;
import org.sportello.protocol.v1.AppointmentList;
import org.sportello.protocol.v1.AppointmentListRequest;
import org.sportello.protocol.v1.AppointmentQuery;
import org.sportello.protocol.v1.MovedRebookRequest;
import org.sportello.protocol.wire.AgendaWire;
import org.sportello.protocol.wire.Problems;

/** The office agenda through the office server (agenda.proto): the server applies the rule and refuses clashes. */
public final class RemoteAgenda implements AgendaService {
    private final AgendaGrpc.AgendaBlockingStub stub;

    public RemoteAgenda(Channel channel) {
        this.stub = AgendaGrpc.newBlockingStub(Objects.requireNonNull(channel, "channel"));
    }

    @Override
    public List<AgendaCalendar> calendars(OperatorSession session) {
        return call("agenda.calendars", s -> s.calendars(DocumentCalls.session(session))).getCalendarsList().stream()
                .map(AgendaWire::calendarFromMsg).toList();
    }

    @Override
    public AgendaCalendar calendar(OperatorSession session, String owner) {
        AgendaCalendarQuery q = AgendaCalendarQuery.newBuilder().setSession(DocumentCalls.session(session))
                .setOwner(owner == null ? "" : owner).build();
        return AgendaWire.calendarFromMsg(call("agenda.calendar", s -> s.calendar(q)));
    }

    @Override
    public AgendaCalendar saveCalendar(OperatorSession session, AgendaCalendar edited) {
        AgendaSaveCalendarRequest r = AgendaSaveCalendarRequest.newBuilder().setSession(DocumentCalls.session(session))
                .setCalendar(AgendaWire.toMsg(edited)).build();
        return AgendaWire.calendarFromMsg(call("agenda.saveCalendar", s -> s.saveCalendar(r)));
    }

    @Override
    public AgendaCalendar createCalendar(OperatorSession session, org.sportello.model.agenda.NewCalendar calendar) {
        var r = AgendaWire.toMsg(calendar).setSession(DocumentCalls.session(session)).build();
        return AgendaWire.calendarFromMsg(call("agenda.createCalendar", s -> s.createCalendar(r)));
    }

    @Override
    public List<Appointment> stranded(OperatorSession session, AgendaCalendar edited) {
        AgendaSaveCalendarRequest r = AgendaSaveCalendarRequest.newBuilder().setSession(DocumentCalls.session(session))
                .setCalendar(AgendaWire.toMsg(edited)).build();
        return appointments(call("agenda.stranded", s -> s.stranded(r)));
    }

    @Override
    public BookingRule rule(OperatorSession session) {
        return AgendaWire.ruleFromMsg(call("agenda.rule", s -> s.rule(DocumentCalls.session(session))));
    }

    @Override
    public BookingRule saveRule(OperatorSession session, BookingRule rule) {
        AgendaSaveRuleRequest r = AgendaSaveRuleRequest.newBuilder().setSession(DocumentCalls.session(session))
                .setRule(AgendaWire.toMsg(rule)).build();
        return AgendaWire.ruleFromMsg(call("agenda.saveRule", s -> s.saveRule(r)));
    }

    @Override
    public BookingRule.Proposal propose(OperatorSession session, CodiceFiscale citizen, String with,
                                        AppointmentKind kind, int count) {
        AppointmentBookRequest r = request(session, citizen, with, kind, null, null).setCount(count).build();
        return AgendaWire.proposalFromMsg(call("agenda.propose", s -> s.propose(r)));
    }

    @Override
    public Appointment book(OperatorSession session, CodiceFiscale citizen, String with, AppointmentKind kind,
                            LocalDateTime at, String bring) {
        AppointmentBookRequest r = request(session, citizen, with, kind, at, bring).build();
        return AgendaWire.appointmentFromMsg(call("agenda.book", s -> s.book(r)));
    }

    @Override
    public Appointment rebook(OperatorSession session, UUID appointment, LocalDateTime at, String reason) {
        AppointmentChangeRequest r = change(session, appointment, reason).setAt(AgendaWire.local(at)).build();
        return AgendaWire.appointmentFromMsg(call("agenda.rebook", s -> s.rebook(r)));
    }

    @Override
    public Appointment cancel(OperatorSession session, UUID appointment, String reason) {
        AppointmentChangeRequest r = change(session, appointment, reason).build();
        return AgendaWire.appointmentFromMsg(call("agenda.cancel", s -> s.cancel(r)));
    }

    @Override
    public Appointment find(OperatorSession session, UUID appointment) {
        AppointmentQuery q = AppointmentQuery.newBuilder().setSession(DocumentCalls.session(session))
                .setId(appointment.toString()).build();
        return AgendaWire.appointmentFromMsg(call("agenda.find", s -> s.find(q)));
    }

    @Override
    public List<Appointment> list(OperatorSession session, String with, LocalDate first, LocalDate last) {
        AppointmentListRequest r = AppointmentListRequest.newBuilder().setSession(DocumentCalls.session(session))
                .setWith(with == null ? "" : with).setFirst(first.toString()).setLast(last.toString()).build();
        return appointments(call("agenda.list", s -> s.list(r)));
    }

    @Override
    public List<Appointment> ofCitizen(OperatorSession session, CodiceFiscale citizen) {
        AppointmentQuery q = AppointmentQuery.newBuilder().setSession(DocumentCalls.session(session))
                .setTaxCode(citizen.canonical()).build();
        return appointments(call("agenda.ofCitizen", s -> s.ofCitizen(q)));
    }

    @Override
    public org.sportello.model.documents.IssuedPaper letter(OperatorSession session, UUID appointment,
                                                            java.util.Locale locale) {
        AppointmentQuery q = AppointmentQuery.newBuilder().setSession(DocumentCalls.session(session))
                .setId(appointment.toString()).setLanguage(locale.getLanguage()).build();
        try {
            return org.sportello.protocol.wire.DocumentWire.issuedFromMsg(stub.withDeadlineAfter(
                    DocumentCalls.DOCUMENTS.toMillis(), TimeUnit.MILLISECONDS).letter(q));
        } catch (StatusRuntimeException e) {
            throw Problems.fromStatus(e, "agenda.letter");
        }
    }

    @Override
    public List<MovedAppointment> toRebook(OperatorSession session) {
        return call("agenda.toRebook", s -> s.toRebook(DocumentCalls.session(session))).getAppointmentsList().stream()
                .map(AgendaWire::movedFromMsg).toList();
    }

    @Override
    public Appointment rebookMoved(OperatorSession session, UUID moved, String with, LocalDateTime at) {
        MovedRebookRequest r = MovedRebookRequest.newBuilder().setSession(DocumentCalls.session(session))
                .setId(moved.toString()).setWith(with == null ? "" : with).setAt(AgendaWire.local(at)).build();
        return AgendaWire.appointmentFromMsg(call("agenda.rebookMoved", s -> s.rebookMoved(r)));
    }

    @Override
    public MovedAppointment dismissMoved(OperatorSession session, UUID moved, String reason) {
        AppointmentChangeRequest r = AppointmentChangeRequest.newBuilder().setSession(DocumentCalls.session(session))
                .setId(moved.toString()).setReason(reason == null ? "" : reason).build();
        return AgendaWire.movedFromMsg(call("agenda.dismissMoved", s -> s.dismissMoved(r)));
    }

    private static AppointmentBookRequest.Builder request(OperatorSession session, CodiceFiscale citizen, String with,
                                                          AppointmentKind kind, LocalDateTime at, String bring) {
        return AppointmentBookRequest.newBuilder().setSession(DocumentCalls.session(session))
                .setTaxCode(citizen.canonical()).setWith(with == null ? "" : with).setKind(kind.name())
                .setAt(AgendaWire.local(at)).setBring(bring == null ? "" : bring);
    }

    private static AppointmentChangeRequest.Builder change(OperatorSession session, UUID id, String reason) {
        return AppointmentChangeRequest.newBuilder().setSession(DocumentCalls.session(session)).setId(id.toString())
                .setReason(reason == null ? "" : reason);
    }

    private static List<Appointment> appointments(AppointmentList list) {
        return list.getAppointmentsList().stream().map(AgendaWire::appointmentFromMsg).toList();
    }

    private <T> T call(String what, Function<AgendaGrpc.AgendaBlockingStub, T> call) {
        try {
            return call.apply(stub.withDeadlineAfter(DocumentCalls.LOOK_UPS.toMillis(), TimeUnit.MILLISECONDS));
        } catch (StatusRuntimeException e) {
            throw Problems.fromStatus(e, what);
        }
    }
}

package org.sportello.server.api;

import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.UUID;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.cases.CaseService;
import org.sportello.model.cases.DidChannel;
import org.sportello.model.cases.Measure;
import org.sportello.model.cases.MeasureKind;
import org.sportello.model.cases.Party;
import org.sportello.protocol.v1.AssignRequest;
import org.sportello.protocol.v1.CaseMsg;
import org.sportello.protocol.v1.CaseQuery;
import org.sportello.protocol.v1.CaseloadMsg;
import org.sportello.protocol.v1.CaseloadRequest;
import org.sportello.protocol.v1.CasesGrpc;
import org.sportello.protocol.v1.DidRequest;
import org.sportello.protocol.v1.MarkMeasureRequest;
import org.sportello.protocol.v1.MeasureRequest;
import org.sportello.protocol.v1.SessionRef;
import org.sportello.protocol.wire.CaseWire;
import org.sportello.server.session.OperatorSessions;
import org.sportello.server.storage.OfficeConnection;

/**
 * The Cases service (cases.proto, ADR 29): a citizen's DID, case manager, pact measures and contact plan,
 * and the caseloads. Desk (and admin) stations with an operator's session only: a kiosk, a hall display or
 * a self-service terminal never reads a case. Every field is checked here before the model sees it; what
 * the operator may do (another's caseload, reassigning) is the model's to say, and it logs every view and
 * change.
 */
public final class CasesApi extends CasesGrpc.CasesImplBase {
    static final int MAX_LOGIN = 64;

    private final CaseService cases;
    private final OperatorSessions sessions;
    private final ZoneId zone;
    private final Clock clock;

    public CasesApi(CaseService cases, OperatorSessions sessions, ZoneId zone, Clock clock) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static CasesApi of(OfficeConnection office, OperatorSessions sessions, Clock clock) {
        return new CasesApi(office.cases(), sessions, office.directory().office().zone(), clock);
    }

    @Override
    public void view(CaseQuery request, StreamObserver<CaseMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("view a citizen's case", request.getSession());
            return CaseWire.toMsg(cases.view(operator, taxCode(request.getTaxCode())));
        });
    }

    @Override
    public void declareDid(DidRequest request, StreamObserver<CaseMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("record a DID", request.getSession());
            CodiceFiscale code = taxCode(request.getTaxCode());
            LocalDate on = date("on", request.getOn());
            DidChannel channel = RequestChecks.known(DidChannel.class, request.getChannel(), "channel");
            return CaseWire.toMsg(cases.declareDid(operator, code, on, channel));
        });
    }

    @Override
    public void withdrawDid(DidRequest request, StreamObserver<CaseMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("withdraw a DID", request.getSession());
            CodiceFiscale code = taxCode(request.getTaxCode());
            return CaseWire.toMsg(cases.withdrawDid(operator, code, date("on", request.getOn())));
        });
    }

    @Override
    public void assign(AssignRequest request, StreamObserver<CaseMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("take charge of a case", request.getSession());
            CodiceFiscale code = taxCode(request.getTaxCode());
            return CaseWire.toMsg(cases.assign(operator, code, login(request.getLogin())));
        });
    }

    @Override
    public void addMeasure(MeasureRequest request, StreamObserver<CaseMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("agree a measure", request.getSession());
            CodiceFiscale code = taxCode(request.getTaxCode());
            MeasureKind kind = RequestChecks.known(MeasureKind.class, request.getKind(), "kind");
            LocalDate on = date("on", request.getOn());
            if (on == null) {
                throw RequestChecks.invalid("on is empty");
            }
            Party who = RequestChecks.known(Party.class, request.getWho(), "who");
            String what = RequestChecks.text(request.getWhat(), "what", 0, Measure.MAX_WHAT);
            return CaseWire.toMsg(cases.addMeasure(operator, code, kind, on, who, what));
        });
    }

    @Override
    public void markMeasure(MarkMeasureRequest request, StreamObserver<CaseMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("record a measure's outcome", request.getSession());
            CodiceFiscale code = taxCode(request.getTaxCode());
            UUID id;
            try {
                id = UUID.fromString(RequestChecks.text(request.getMeasureId(), "measure_id", 36, 36));
            } catch (IllegalArgumentException e) {
                throw RequestChecks.invalid("measure_id is not an id");
            }
            return CaseWire.toMsg(cases.markMeasure(operator, code, id, request.getDone()));
        });
    }

    @Override
    public void caseload(CaseloadRequest request, StreamObserver<CaseloadMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("see a caseload", request.getSession());
            return CaseWire.toMsg(cases.caseload(operator, login(request.getLogin())));
        });
    }

    /** The station first (its certificate), then the operator's session on that station. */
    private OperatorSession operator(String action, SessionRef session) {
        return DeskOperator.require(sessions, action, session.getToken());
    }

    private CodiceFiscale taxCode(String value) {
        return RequestChecks.codiceFiscale(value, LocalDate.ofInstant(clock.instant(), zone));
    }

    private static LocalDate date(String field, String value) {
        String text = RequestChecks.text(value, field, 0, 10);
        try {
            return CaseWire.date(text);
        } catch (DateTimeParseException e) {
            throw RequestChecks.invalid(field + " is not a date yyyy-MM-dd");
        }
    }

    private static String login(String value) {
        String text = RequestChecks.text(value, "login", 0, MAX_LOGIN);
        return text.isEmpty() ? null : text;
    }
}

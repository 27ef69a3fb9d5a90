package org.sportello.protocol.client;

import io.grpc.Channel;
import io.grpc.StatusRuntimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.cases.CaseService;
import org.sportello.model.cases.CaseView;
import org.sportello.model.cases.Caseload;
import org.sportello.model.cases.DidChannel;
import org.sportello.model.cases.MeasureKind;
import org.sportello.model.cases.Party;
import org.sportello.protocol.v1.AssignRequest;
import org.sportello.protocol.v1.CaseQuery;
import org.sportello.protocol.v1.CaseloadRequest;
import org.sportello.protocol.v1.CasesGrpc;
import org.sportello.protocol.v1.DidRequest;
import org.sportello.protocol.v1.MarkMeasureRequest;
import org.sportello.protocol.v1.MeasureRequest;
import org.sportello.protocol.wire.CaseWire;
import org.sportello.protocol.wire.Problems;

/** Citizens' cases through the office server (cases.proto): the server derives, checks and logs. */
public final class RemoteCases implements CaseService {
    private final CasesGrpc.CasesBlockingStub stub;

    public RemoteCases(Channel channel) {
        this.stub = CasesGrpc.newBlockingStub(Objects.requireNonNull(channel, "channel"));
    }

    @Override
    public CaseView view(OperatorSession session, CodiceFiscale code) {
        CaseQuery q = CaseQuery.newBuilder().setSession(DocumentCalls.session(session)).setTaxCode(code.canonical())
                .build();
        return CaseWire.caseFromMsg(call("cases.view", s -> s.view(q)));
    }

    @Override
    public CaseView declareDid(OperatorSession session, CodiceFiscale code, LocalDate on, DidChannel channel) {
        DidRequest r = DidRequest.newBuilder().setSession(DocumentCalls.session(session)).setTaxCode(code.canonical())
                .setOn(CaseWire.date(on)).setChannel(channel.name()).build();
        return CaseWire.caseFromMsg(call("cases.declareDid", s -> s.declareDid(r)));
    }

    @Override
    public CaseView withdrawDid(OperatorSession session, CodiceFiscale code, LocalDate on) {
        DidRequest r = DidRequest.newBuilder().setSession(DocumentCalls.session(session)).setTaxCode(code.canonical())
                .setOn(CaseWire.date(on)).build();
        return CaseWire.caseFromMsg(call("cases.withdrawDid", s -> s.withdrawDid(r)));
    }

    @Override
    public CaseView assign(OperatorSession session, CodiceFiscale code, String login) {
        AssignRequest r = AssignRequest.newBuilder().setSession(DocumentCalls.session(session))
                .setTaxCode(code.canonical()).setLogin(login == null ? "" : login).build();
        return CaseWire.caseFromMsg(call("cases.assign", s -> s.assign(r)));
    }

    @Override
    public CaseView addMeasure(OperatorSession session, CodiceFiscale code, MeasureKind kind, LocalDate on, Party who,
                               String what) {
        MeasureRequest r = MeasureRequest.newBuilder().setSession(DocumentCalls.session(session))
                .setTaxCode(code.canonical()).setKind(kind.name()).setOn(CaseWire.date(on)).setWho(who.name())
                .setWhat(what == null ? "" : what).build();
        return CaseWire.caseFromMsg(call("cases.addMeasure", s -> s.addMeasure(r)));
    }

    @Override
    public CaseView markMeasure(OperatorSession session, CodiceFiscale code, UUID measure, boolean done) {
        MarkMeasureRequest r = MarkMeasureRequest.newBuilder().setSession(DocumentCalls.session(session))
                .setTaxCode(code.canonical()).setMeasureId(measure.toString()).setDone(done).build();
        return CaseWire.caseFromMsg(call("cases.markMeasure", s -> s.markMeasure(r)));
    }

    @Override
    public Caseload caseload(OperatorSession session, String login) {
        CaseloadRequest r = CaseloadRequest.newBuilder().setSession(DocumentCalls.session(session))
                .setLogin(login == null ? "" : login).build();
        return CaseWire.caseloadFromMsg(call("cases.caseload", DocumentCalls.DOCUMENTS, s -> s.caseload(r)));
    }

    private <T> T call(String what, Function<CasesGrpc.CasesBlockingStub, T> call) {
        return call(what, DocumentCalls.LOOK_UPS, call);
    }

    /** A caseload reads every case of the office for a supervisor: it gets the longer deadline. */
    private <T> T call(String what, java.time.Duration deadline, Function<CasesGrpc.CasesBlockingStub, T> call) {
        try {
            return call.apply(stub.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS));
        } catch (StatusRuntimeException e) {
            throw Problems.fromStatus(e, what);
        }
    }
}

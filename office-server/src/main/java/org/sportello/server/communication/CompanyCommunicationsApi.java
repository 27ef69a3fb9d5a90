package org.sportello.server.communication;

import io.grpc.stub.StreamObserver;
import java.util.Objects;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.company.CommunicationService;
import org.sportello.protocol.v1.CommunicationCheckMsg;
import org.sportello.protocol.v1.CommunicationRequest;
import org.sportello.protocol.v1.CompanyCommunicationsGrpc;
import org.sportello.protocol.v1.DeadlinesMsg;
import org.sportello.protocol.v1.RecordedCommunicationMsg;
import org.sportello.protocol.v1.SessionRef;
import org.sportello.protocol.wire.ProfileWire;
import org.sportello.server.api.DeskOperator;
import org.sportello.server.api.Calls;
import org.sportello.server.profile.FieldChecks;
import org.sportello.server.session.OperatorSessions;

/**
 * The CompanyCommunications service: desks (and the admin station) with an operator's session check
 * and record the communications companies hand in, and get the stamped copy. Others are refused.
 */
public final class CompanyCommunicationsApi extends CompanyCommunicationsGrpc.CompanyCommunicationsImplBase {

    private final CommunicationService communications;
    private final OperatorSessions sessions;

    public CompanyCommunicationsApi(CommunicationService communications, OperatorSessions sessions) {
        this.communications = Objects.requireNonNull(communications, "communications");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    @Override
    public void check(CommunicationRequest request, StreamObserver<CommunicationCheckMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("check company communications", request.getSession());
            var c = ProfileWire.communicationFromMsg(FieldChecks.communication(request));
            return ProfileWire.toMsg(communications.check(operator, c));
        });
    }

    @Override
    public void record(CommunicationRequest request, StreamObserver<RecordedCommunicationMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("record company communications", request.getSession());
            var c = ProfileWire.communicationFromMsg(FieldChecks.communication(request));
            return ProfileWire.toMsg(communications.record(operator, c));
        });
    }

    @Override
    public void deadlines(SessionRef request, StreamObserver<DeadlinesMsg> reply) {
        Calls.answer(reply, () -> ProfileWire.toMsg(communications.deadlines(
                operator("read the communication deadlines", request))));
    }

    private OperatorSession operator(String action, SessionRef session) {
        return DeskOperator.require(sessions, action, session.getToken());
    }
}

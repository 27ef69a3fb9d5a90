package org.sportello.protocol.client;

import io.grpc.Channel;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.company.CommunicationCheck;
import org.sportello.model.company.CommunicationService;
import org.sportello.model.company.CompanyCommunication;
import org.sportello.model.company.DeadlineRule;
import org.sportello.model.company.RecordedCommunication;
import org.sportello.protocol.v1.CommunicationRequest;
import org.sportello.protocol.v1.CompanyCommunicationsGrpc;
import org.sportello.protocol.wire.Problems;
import org.sportello.protocol.wire.ProfileWire;

/**
 * Company communications through the office server: checked and recorded there, the stamped copy
 * issued and sealed there (the answer carries its PDF, as a document issue does).
 */
public final class RemoteCommunications implements CommunicationService {
    /** Recording renders the stamped copy's PDF on the server. */
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private final CompanyCommunicationsGrpc.CompanyCommunicationsBlockingStub stub;

    public RemoteCommunications(Channel channel) {
        this.stub = CompanyCommunicationsGrpc.newBlockingStub(Objects.requireNonNull(channel, "channel"));
    }

    @Override
    public CommunicationCheck check(OperatorSession session, CompanyCommunication communication) {
        CommunicationRequest q = ProfileWire.toMsg(communication).setSession(DocumentCalls.session(session)).build();
        return ProfileWire.checkFromMsg(call("communications.check", s -> s.check(q)));
    }

    @Override
    public RecordedCommunication record(OperatorSession session, CompanyCommunication communication) {
        CommunicationRequest q = ProfileWire.toMsg(communication).setSession(DocumentCalls.session(session)).build();
        return ProfileWire.recordedFromMsg(call("communications.record", s -> s.record(q)), communication);
    }

    @Override
    public List<DeadlineRule> deadlines(OperatorSession session) {
        return ProfileWire.deadlinesFromMsg(call("communications.deadlines",
                s -> s.deadlines(DocumentCalls.session(session))));
    }

    private <T> T call(String what, Function<CompanyCommunicationsGrpc.CompanyCommunicationsBlockingStub, T> call) {
        try {
            return call.apply(stub.withDeadlineAfter(DEADLINE.toMillis(), TimeUnit.MILLISECONDS));
        } catch (StatusRuntimeException e) {
            throw Problems.fromStatus(e, what);
        }
    }
}
